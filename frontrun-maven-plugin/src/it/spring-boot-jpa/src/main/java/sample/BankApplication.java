package sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application: one account, deposits. */
@SpringBootApplication
public class BankApplication {
}
