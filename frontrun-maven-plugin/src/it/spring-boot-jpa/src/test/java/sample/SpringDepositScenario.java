package sample;

import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/**
 * The deposit scenarios of the plugin's explore goal: two deposits of 10 on 100 through the Spring service must leave
 * 120. The Spring context is built once per scenario JVM, in {@link #open}, and closed in {@link #close}; every
 * execution only resets the row. application.properties reads {@code ${frontrun.jdbc.url}}, which the plugin sets in
 * the scenario's JVM to the scenario's own database.
 */
abstract class SpringDepositScenario implements Scenario<Long> {

    private ConfigurableApplicationContext spring;
    DepositService service;
    AccountRepository accounts;
    VersionedAccountRepository versioned;

    @Override
    public void open(ScenarioContext context) {
        long start = System.nanoTime();
        spring = new SpringApplicationBuilder(BankApplication.class).run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        service = spring.getBean(DepositService.class);
        accounts = spring.getBean(AccountRepository.class);
        versioned = spring.getBean(VersionedAccountRepository.class);
        System.out.println("FRONTRUN-SPRING context on " + spring.getEnvironment().getProperty("spring.datasource.url")
                + " (scenario database " + context.jdbcUrl() + ") started in " + millis + " ms");
    }

    /** @return whether the account is the versioned one */
    boolean versionedAccount() {
        return false;
    }

    /** One deposit of 10, as the fix under test makes it. */
    abstract void deposit(long id);

    @Override
    public Long setup() {
        if (versionedAccount()) {
            versioned.deleteAll();
            versioned.save(new VersionedAccount(1L, 100));
        } else {
            accounts.deleteAll();
            accounts.save(new Account(1L, 100));
        }
        return 1L;
    }

    @Override
    public List<Actor<Long>> actors() {
        return List.of(Actor.of("a", this::deposit), Actor.of("b", this::deposit));
    }

    @Override
    public boolean holds(Long id) {
        int balance = versionedAccount() ? versioned.findById(id).orElseThrow().getBalance()
                : accounts.findById(id).orElseThrow().getBalance();
        return balance == 120;
    }

    @Override
    public void close() {
        if (spring != null) {
            spring.close();
        }
    }
}
