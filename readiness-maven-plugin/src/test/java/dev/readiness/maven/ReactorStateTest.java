package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.ModuleInput;
import dev.readiness.maven.ReactorState.Contribution;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The reactor verdict is evaluated exactly once, by whichever module completes the reactor, in any order. */
class ReactorStateTest {

    private static Contribution contribution(String id) {
        ModuleInput module = ModuleInput.builder(id, id, Path.of("/tmp", id))
                .packaging("jar")
                .build();
        return new Contribution(
                "g:" + id, module, false, null, List.of(List.of(), List.of(), List.of()), new File(id), false);
    }

    @Test
    void theLastModuleCompletesTheReactorInReactorOrderWhateverTheBuildOrder() {
        ReactorState state = new ReactorState(List.of("g:api", "g:core", "g:app"));

        assertThat(state.contribute(contribution("app"))).isEmpty();
        assertThat(state.contribute(contribution("api"))).isEmpty();
        Optional<List<Contribution>> complete = state.contribute(contribution("core"));

        assertThat(complete).isPresent();
        assertThat(complete.get()).extracting(Contribution::projectId).containsExactly("g:api", "g:core", "g:app");
        // a second goal of the same module (check and report bound together) does not evaluate it again
        assertThat(state.contribute(contribution("core"))).isEmpty();
    }

    @Test
    void aModuleThatRunsTwiceCountsOnce() {
        ReactorState state = new ReactorState(List.of("g:api", "g:core"));

        assertThat(state.contribute(contribution("api"))).isEmpty();
        assertThat(state.contribute(contribution("api"))).isEmpty();
        assertThat(state.contribute(contribution("core"))).isPresent();
    }

    @Test
    void aModuleThatContributesAfterTheVerdictIsLateAndTheWaitIsNamed() {
        ReactorState state = new ReactorState(List.of("g:api", "g:core"), List.of("note"));

        assertThat(state.contribute(contribution("api"))).isEmpty();
        assertThat(state.waitingFor()).containsExactly("g:core");
        assertThat(state.contribute(contribution("core"))).isPresent();
        assertThat(state.waitingFor()).isEmpty();
        assertThat(state.late("g:core")).isFalse();

        // a module nobody expected runs the goal after the verdict: its evidence is not in it, and that is said
        assertThat(state.contribute(contribution("app"))).isEmpty();
        assertThat(state.late("g:app")).isTrue();
        assertThat(state.notes()).containsExactly("note");
    }

    @RepeatedTest(20)
    void underConcurrentModulesExactlyOneEvaluatesTheReactor() throws Exception {
        int modules = 16;
        List<String> ids = IntStream.range(0, modules).mapToObj(i -> "g:m" + i).toList();
        ReactorState state = new ReactorState(ids);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Optional<List<Contribution>>>> results = new ArrayList<>();
            for (int i = modules - 1; i >= 0; i--) {
                String id = "m" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return state.contribute(contribution(id));
                }));
            }
            start.countDown();
            List<List<Contribution>> completions = new ArrayList<>();
            for (Future<Optional<List<Contribution>>> f : results) {
                f.get(30, TimeUnit.SECONDS).ifPresent(completions::add);
            }
            assertThat(completions).hasSize(1);
            assertThat(completions.get(0)).extracting(Contribution::projectId).containsExactlyElementsOf(ids);
        } finally {
            pool.shutdownNow();
        }
    }
}
