package io.cuedeck.server.fuzz;

import com.code_intelligence.jazzer.api.BugDetectors;

/**
 * The fuzz tests talk to their own server on loopback, which Jazzer's SSRF detector would report;
 * any other address stays a finding. Outside fuzzing (regression mode) no detector is installed
 * and there is nothing to allow.
 */
final class LoopbackOnly {

    private LoopbackOnly() {
    }

    static void allow() {
        try {
            BugDetectors.allowNetworkConnections((host, port) -> host.equals("127.0.0.1") || host.equals("localhost"));
        } catch (IllegalStateException noDetector) {
            // regression mode: no detector to tell
        }
    }
}
