package io.cuedeck.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void eachTokenHasItsRoleAndUnknownTokensNone() {
        Tokens tokens = Tokens.parse("producer:p1, host:h1,host:h2 ,manager:m1");

        assertThat(tokens.roleOf("p1")).contains(Role.PRODUCER);
        assertThat(tokens.roleOf("h1")).contains(Role.HOST);
        assertThat(tokens.roleOf("h2")).contains(Role.HOST);
        assertThat(tokens.roleOf("m1")).contains(Role.MANAGER);
        assertThat(tokens.roleOf("p1 ")).isEmpty();
        assertThat(tokens.roleOf("P1")).isEmpty();
        assertThat(tokens.roleOf("")).isEmpty();
        assertThat(tokens.roleOf(null)).isEmpty();
        assertThat(tokens.producerToken()).contains("p1");
    }

    @Test
    void noTokensMeansTheServerMakesOne() {
        assertThat(Tokens.none().isEmpty()).isTrue();
        assertThat(Tokens.none().roleOf("anything")).isEmpty();
        assertThat(Tokens.parse("host:h").producerToken()).isEmpty();
    }
}
