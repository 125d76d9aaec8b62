package org.partnerflow.partnership;

import org.partnerflow.workflow.form.AnswersOf;

/** One partner's answer to the latest data-sharing protocol. */
@AnswersOf("agree-protocol")
record AgreeProtocolAnswers(Answer protocolAnswer, String protocolObjection) {

    enum Answer { AGREE, OBJECT }

    boolean agreed() {
        return protocolAnswer == Answer.AGREE;
    }
}
