package org.partnerflow.partnership;

import org.partnerflow.workflow.form.AnswersOf;

/** The lead's answer to a partner's decline: ask again, or go ahead without the organisation. */
@AnswersOf("resolve-decline")
record ResolveDeclineAnswers(Resolution declineResolution, String declineNote) {

    enum Resolution { REINVITE, WITHDRAW }
}
