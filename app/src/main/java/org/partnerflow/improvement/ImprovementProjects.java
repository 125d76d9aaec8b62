package org.partnerflow.improvement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ImprovementProjects extends Repository<ImprovementProject, Long> {

    ImprovementProject save(ImprovementProject project);

    Optional<ImprovementProject> findById(Long id);

    Optional<ImprovementProject> findByProcessInstanceId(String processInstanceId);

    List<ImprovementProject> findAllByOrderByCreatedAtDescIdDesc();
}
