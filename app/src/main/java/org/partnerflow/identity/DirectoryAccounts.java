package org.partnerflow.identity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectoryAccounts extends JpaRepository<DirectoryAccount, String> {

    List<DirectoryAccount> findByLeftAtIsNotNullOrderByLeftAtDesc();
}
