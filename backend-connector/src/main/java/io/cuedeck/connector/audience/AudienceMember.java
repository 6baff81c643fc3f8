package io.cuedeck.connector.audience;

/** A viewer who joined a simulated crowd, with the attributes the server was told. */
public record AudienceMember(String viewerId, String platform, String region, String lang) {
}
