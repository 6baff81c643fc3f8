package io.cuedeck.server.viewers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The primitive viewer table behaves as a map from viewer id to (value, tag). */
class ViewerTableTest {

    private record Key(long hi, long lo) {
    }

    @Test
    void aUuidsKeyIsItsOwnBits() {
        for (int i = 0; i < 1_000; i++) {
            UUID uuid = UUID.randomUUID();
            String id = uuid.toString();
            assertThat(ViewerKey.isUuid(id)).isTrue();
            assertThat(ViewerKey.hi(id)).isEqualTo(uuid.getMostSignificantBits());
            assertThat(ViewerKey.lo(id)).isEqualTo(uuid.getLeastSignificantBits());
        }
        String edges = "ffffffff-0000-ffff-0000-ffffffffffff";
        assertThat(ViewerKey.hi(edges)).isEqualTo(UUID.fromString(edges).getMostSignificantBits());
        assertThat(ViewerKey.lo(edges)).isEqualTo(UUID.fromString(edges).getLeastSignificantBits());
    }

    @Test
    void otherIdsAreNotTakenForUuidsAndGetDistinctKeys() {
        List<String> others = List.of("v1", "v2", "1v", "", "3F2B8C1E-9A4D-4E5F-8B7A-1C2D3E4F5A6B",
                "3f2b8c1e-9a4d-4e5f-8b7a-1c2d3e4f5a6", "3f2b8c1e_9a4d-4e5f-8b7a-1c2d3e4f5a6b");
        Map<Key, String> keys = new HashMap<>();
        for (String id : others) {
            assertThat(ViewerKey.isUuid(id)).as(id).isFalse();
            assertThat(keys.put(new Key(ViewerKey.hi(id), ViewerKey.lo(id)), id)).as(id).isNull();
        }
    }

    @Test
    void addFindAndRemoveAgreeWithAMapThroughGrowthAndShrinking() {
        Random random = new Random(20261204);
        ViewerTable table = new ViewerTable();
        Map<Key, Long> model = new HashMap<>();
        for (int round = 0; round < 200_000; round++) {
            // few distinct keys, so that adds meet existing entries and removals break runs
            Key key = new Key(random.nextInt(3_000), random.nextInt(4));
            int op = random.nextInt(round < 100_000 ? 3 : 5);
            if (op < 2) {
                int slot = table.add(key.hi(), key.lo());
                assertThat(slot < 0).isEqualTo(!model.containsKey(key));
                table.value(slot < 0 ? ~slot : slot, round);
                model.put(key, (long) round);
            } else {
                int slot = table.find(key.hi(), key.lo());
                assertThat(slot >= 0).isEqualTo(model.containsKey(key));
                if (slot >= 0) {
                    assertThat(table.value(slot)).isEqualTo(model.remove(key));
                    table.remove(slot);
                }
            }
            assertThat(table.size()).isEqualTo(model.size());
        }
        model.forEach((key, value) -> assertThat(table.value(table.find(key.hi(), key.lo()))).isEqualTo(value));
    }

    @Test
    void removeIfRemovesExactlyTheMatchingValuesAndShrinksTheArrays() {
        ViewerTable table = new ViewerTable();
        for (long i = 0; i < 100_000; i++) {
            table.value(~table.add(i * 7, -i), i);
        }
        int grown = table.capacity();
        assertThat(table.removeIf(v -> v % 100 != 0)).isEqualTo(99_000);
        assertThat(table.size()).isEqualTo(1_000);
        assertThat(table.capacity()).isLessThan(grown / 8);
        for (long i = 0; i < 100_000; i++) {
            int slot = table.find(i * 7, -i);
            assertThat(slot >= 0).as("key %d", i).isEqualTo(i % 100 == 0);
        }
    }

    @Test
    void theTagTravelsWithItsViewerWhenEntriesMove() {
        ViewerTable table = new ViewerTable();
        for (int i = 0; i < 5_000; i++) {
            int slot = ~table.add(i, i);
            table.tag(slot, i % 7);
            table.value(slot, i);
        }
        for (int i = 0; i < 5_000; i += 2) {
            table.remove(table.find(i, i));
        }
        for (int i = 1; i < 5_000; i += 2) {
            int slot = table.find(i, i);
            assertThat(table.tag(slot)).isEqualTo(i % 7);
            assertThat(table.value(slot)).isEqualTo(i);
        }
    }
}
