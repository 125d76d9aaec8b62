package org.partnerflow.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** A critical indicator's value for the partnership's learners, recorded with an evaluation cycle. */
@Entity
@Immutable
@Table(name = "evaluation_indicator_value")
public class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "evaluation_id", nullable = false)
    private Long evaluationId;
    /** The critical indicator's code. */
    @Column(nullable = false, length = 40)
    private String indicator;
    @Column(nullable = false, precision = 9, scale = 2)
    private BigDecimal measured;

    protected IndicatorValue() {
    }

    IndicatorValue(Long evaluationId, String indicator, BigDecimal measured) {
        this.evaluationId = evaluationId;
        this.indicator = indicator;
        this.measured = measured;
    }

    public Long getId() { return id; }
    public Long getEvaluationId() { return evaluationId; }
    public String getIndicator() { return indicator; }
    public BigDecimal getMeasured() { return measured; }
}
