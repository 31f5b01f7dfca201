package dev.readiness.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.history.SnapshotStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The history records a gate's status by the name of its {@link GateStatus}; the history package keeps its own
 * {@link SnapshotStatus} (it cannot depend on this package). A status added to one enum and not to the other would
 * be recorded as a name this version does not know, so the two stay equal.
 */
class GateSnapshotStatusTest {

    @Test
    void everyGateStatusIsASnapshotStatusOfTheSameName() {
        assertThat(Arrays.stream(SnapshotStatus.values()).map(Enum::name))
                .containsExactlyElementsOf(
                        Arrays.stream(GateStatus.values()).map(Enum::name).toList());
    }
}
