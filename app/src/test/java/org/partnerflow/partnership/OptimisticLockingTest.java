package org.partnerflow.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.testsupport.enquiry.PartnershipEnquiries;
import org.partnerflow.testsupport.enquiry.PartnershipEnquiry;
import org.partnerflow.testsupport.enquiry.PartnershipEnquiryRecords;
import org.partnerflow.workflow.StaleRecordException;
import org.partnerflow.workflow.WorkflowProblems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Concurrent edits of a case record are detected, never silently overwritten. */
class OptimisticLockingTest extends PartnerflowSpringTest {

    @Autowired
    PartnershipEnquiryRecords records;
    @Autowired
    PartnershipEnquiries enquiries;

    private PartnershipEnquiry enquiryOf(Task task) {
        return enquiries.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
    }

    @Test
    void theSecondOfTwoEditorsWhoReadTheSameVersionIsRefusedWithAClearMessage() {
        PartnershipEnquiry read = enquiryOf(raiseEnquiry("Locking " + System.nanoTime()));
        long version = read.getVersion();

        records.edit(read.getId(), version, "First editor's name", read.getPurpose());

        assertThatThrownBy(() -> records.edit(read.getId(), version, "Second editor's name", read.getPurpose()))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("Someone else changed this partnership enquiry")
                .hasMessageContaining("Reload");
        PartnershipEnquiry now = enquiries.findById(read.getId()).orElseThrow();
        assertThat(now.getName()).isEqualTo("First editor's name");
        assertThat(now.getVersion()).isEqualTo(version + 1);
    }

    @Test
    void jpaRefusesToWriteAStaleCopy() {
        long id = enquiryOf(raiseEnquiry("Stale copy " + System.nanoTime())).getId();
        PartnershipEnquiry copyA = enquiries.findById(id).orElseThrow();
        PartnershipEnquiry copyB = enquiries.findById(id).orElseThrow();

        copyA.rename("A's change", copyA.getPurpose());
        enquiries.saveAndFlush(copyA);
        copyB.rename("B's change", copyB.getPurpose());

        assertThatThrownBy(() -> enquiries.saveAndFlush(copyB))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class)
                .satisfies(e -> assertThat(WorkflowProblems.explain(e)).contains("Someone else changed this record"));
        assertThat(enquiries.findById(id).orElseThrow().getName()).isEqualTo("A's change");
    }
}
