package sample;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VersionedAccountRepository extends JpaRepository<VersionedAccount, Long> {
}
