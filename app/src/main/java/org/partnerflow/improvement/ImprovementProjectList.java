package org.partnerflow.improvement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads improvement projects for their pages and the learning library. Projects hold no child's
 * data: every signed-in person may read them; they change only through their process.
 */
@Service
public class ImprovementProjectList {

    /** A row of the projects list: the project, and its first measure's latest value against its target. */
    public record Row(ImprovementProject project, String latestAgainstTarget) {
    }

    private final ImprovementProjects projects;
    private final ActionResearchCycles cycles;
    private final Measures measures;
    private final MeasureValues values;
    private final LearningLibrary library;

    ImprovementProjectList(ImprovementProjects projects, ActionResearchCycles cycles, Measures measures, MeasureValues values,
                           LearningLibrary library) {
        this.projects = projects;
        this.cycles = cycles;
        this.measures = measures;
        this.values = values;
        this.library = library;
    }

    /** The project an action-research process records, such as the one just started. */
    @Transactional(readOnly = true)
    public Optional<Long> projectOf(String processInstanceId) {
        return projects.findByProcessInstanceId(processInstanceId).map(ImprovementProject::getId);
    }

    @Transactional(readOnly = true)
    public List<Row> rows() {
        return projects.findAllByOrderByCreatedAtDescIdDesc().stream().map(p -> new Row(p, latestAgainstTarget(p))).toList();
    }

    private String latestAgainstTarget(ImprovementProject project) {
        List<Measure> defined = measures.findByProjectIdOrderByIdAsc(project.getId());
        if (defined.isEmpty()) {
            return "No measures yet";
        }
        Measure first = defined.get(0);
        List<MeasureValue> measured = values.findByMeasureIdInOrderByMeasuredOnAscIdAsc(List.of(first.getId()));
        if (measured.isEmpty()) {
            return first.getName() + ": no value yet (target " + plain(first.getTargetValue()) + ")";
        }
        BigDecimal latest = measured.get(measured.size() - 1).getMeasured();
        return first.getName() + " " + plain(latest) + " " + first.getUnit() + " against target " + plain(first.getTargetValue())
                + (first.meetsTarget(latest) ? " (met)" : "");
    }

    @Transactional(readOnly = true)
    public Optional<ImprovementFile> open(long projectId) {
        return projects.findById(projectId).map(p -> {
            List<Measure> defined = measures.findByProjectIdOrderByIdAsc(p.getId());
            Map<Long, List<MeasureValue>> byMeasure = values.findByMeasureIdInOrderByMeasuredOnAscIdAsc(
                    defined.stream().map(Measure::getId).toList()).stream()
                    .collect(Collectors.groupingBy(MeasureValue::getMeasureId, java.util.LinkedHashMap::new, Collectors.toList()));
            return new ImprovementFile(p, cycles.findByProjectIdOrderByNumberAsc(p.getId()), defined, byMeasure,
                    library.findByProjectIdOrderByPublishedAtAsc(p.getId()));
        });
    }

    /** The learning library, newest first; the text is sought in titles, summaries and what worked. */
    @Transactional(readOnly = true)
    public List<LearningSummary> library(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return library.search("%" + needle + "%");
    }

    public Optional<ImprovementProject> project(long id) {
        return projects.findById(id);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
