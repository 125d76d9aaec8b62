package org.partnerflow.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.oplog.UserOperationLogContext;
import org.camunda.bpm.engine.impl.oplog.UserOperationLogContextEntryBuilder;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.springframework.stereotype.Component;

/**
 * Writes changes to who is who into the engine's user operation log, the one record of identity
 * changes: the engine writes its own entries there when an administrator changes people, groups or
 * memberships (in Camunda Admin, or in Partnerflow's registers through {@code EngineGroupMembers}),
 * and Camunda Cockpit reads it. Changes made by a directory sign-in and to the directory mapping go
 * to the same log, category Admin, with who did it and an annotation saying why.
 */
@Component
class IdentityChangeLog {

    /** The log's entity type for a change to the directory mapping (the engine's own types name its entities). */
    static final String DIRECTORY_GROUP_MAPPING = "DirectoryGroupMapping";
    static final String DIRECTORY_ACCOUNT = "DirectoryAccount";

    private final ProcessEngineConfigurationImpl engine;
    private final IdentityService identityService;

    IdentityChangeLog(ProcessEngine processEngine, IdentityService identityService) {
        this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        this.identityService = identityService;
    }

    /**
     * One entry, written in the caller's transaction, as {@code actor} (the engine writes its log only
     * for someone authenticated, so the actor is the engine's authentication for this one command).
     */
    void record(String actor, String operationType, String entityType, Map<String, String> properties, String annotation) {
        Authentication before = identityService.getCurrentAuthentication();
        identityService.setAuthentication(actor, List.of());
        try {
            engine.getCommandExecutorTxRequired().execute(commandContext -> {
                List<PropertyChange> changes = new ArrayList<>();
                properties.forEach((name, value) -> changes.add(new PropertyChange(name, null, value)));
                UserOperationLogContext context = new UserOperationLogContext();
                context.addEntry(UserOperationLogContextEntryBuilder.entry(operationType, entityType)
                        .category(UserOperationLogEntry.CATEGORY_ADMIN)
                        .propertyChanges(changes.isEmpty() ? List.of(PropertyChange.EMPTY_CHANGE) : changes)
                        .annotation(annotation)
                        .create());
                commandContext.getOperationLogManager().logUserOperations(context);
                return null;
            });
        } finally {
            if (before == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(before);
            }
        }
    }
}
