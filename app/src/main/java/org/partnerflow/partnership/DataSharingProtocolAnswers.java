package org.partnerflow.partnership;

import org.partnerflow.workflow.form.AnswersOf;

/** A revision of the data-sharing protocol; the details matter only when personal data is shared. */
@AnswersOf("data-sharing-protocol")
record DataSharingProtocolAnswers(YesNo personalDataShared, String whatIsShared, String sharingPurpose, String lawfulBasis,
                                  String retention) {

    enum YesNo { YES, NO }

    boolean personal() {
        return personalDataShared == YesNo.YES;
    }
}
