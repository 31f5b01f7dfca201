package dev.readiness.maven;

import dev.readiness.assess.DocumentationInput;
import dev.readiness.assess.ModuleInput;
import dev.readiness.assess.ModuleVerdict;
import dev.readiness.policy.PolicyException;
import dev.readiness.report.PrintedOnce;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;

/**
 * What a reactor verdict needs from Maven: the session-wide {@link ReactorState}, which modules are expected to
 * contribute, the reactor root, and the modules left out of a partial build.
 */
final class Reactor {
    /** Key of the {@link ReactorState} in the resolver session's data, shared by every module of the session. */
    static final String STATE_KEY = ReactorState.class.getName();

    private static final Set<String> EVALUATING_GOALS = Set.of("check", "report");

    private Reactor() {}

    /** The session's state, created by the first module that asks, atomically. */
    static ReactorState state(MavenSession session, MojoExecution execution, LifecycleExecutor lifecycle)
            throws MojoExecutionException {
        SessionData data = session.getRepositorySession().getData();
        Object existing = data.get(STATE_KEY);
        if (existing == null) {
            Expected expected = expected(session, execution, lifecycle);
            ReactorState fresh = new ReactorState(expected.ids(), expected.notes());
            if (data.set(STATE_KEY, null, fresh)) {
                return fresh;
            }
            existing = data.get(STATE_KEY);
        }
        if (existing instanceof ReactorState state) {
            return state;
        }
        throw new MojoExecutionException("Modules of this build use different builds of readiness-maven-plugin, so"
                + " they cannot share one reactor verdict: use one version of the plugin (set it once in the root"
                + " POM's <pluginManagement>) and no module-specific plugin <dependencies>.");
    }

    /** Key of the session's {@link PrintedOnce}. */
    static final String PRINTED_KEY = PrintedOnce.class.getName();

    /**
     * The session's record of the remedy snippets already printed, created by the first module that asks. A module
     * built by another build of the plugin (another class loader) gets its own: its snippets may then repeat.
     */
    static PrintedOnce printedOnce(MavenSession session) {
        if (session == null || session.getRepositorySession() == null) {
            return new PrintedOnce();
        }
        SessionData data = session.getRepositorySession().getData();
        Object existing = data.get(PRINTED_KEY);
        if (existing == null) {
            PrintedOnce fresh = new PrintedOnce();
            if (data.set(PRINTED_KEY, null, fresh)) {
                return fresh;
            }
            existing = data.get(PRINTED_KEY);
        }
        return existing instanceof PrintedOnce once ? once : new PrintedOnce();
    }

    /**
     * The modules expected to contribute, and notes about the modules left out.
     *
     * @param ids {@code groupId:artifactId} of the modules that will run an evaluating goal, reactor order
     * @param notes one warning per module whose POM binds an evaluating goal that this build will not run
     */
    record Expected(List<String> ids, List<String> notes) {}

    /**
     * The modules of this build that will run an evaluating goal: all of them when the goal was named on the command
     * line, else those whose execution plan — Maven's own, for the phases and goals of this build — contains
     * {@code check} or {@code report} of this plugin. A module that binds the goal to a phase this build does not
     * reach ({@code <phase>install</phase>} under {@code mvn verify}) is not expected, and a note says so. When Maven
     * cannot compute a module's plan, the module is expected when its POM binds the goal. Reactor order.
     *
     * @param lifecycle Maven's lifecycle executor, or {@code null} when not available (the POM bindings decide)
     */
    static Expected expected(MavenSession session, MojoExecution execution, LifecycleExecutor lifecycle) {
        String pluginKey = execution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey();
        boolean commandLine = execution.getSource() == MojoExecution.Source.CLI;
        List<String> ids = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (MavenProject p : session.getProjects()) {
            if (commandLine) {
                ids.add(id(p));
                continue;
            }
            List<String> phases = bindingPhases(p, pluginKey);
            Boolean planned = planned(session, p, lifecycle, pluginKey);
            boolean runs = planned == null ? !phases.isEmpty() : planned;
            if (runs) {
                ids.add(id(p));
            } else if (!phases.isEmpty()) {
                notes.add("Module " + p.getArtifactId() + " binds readiness " + String.join("/", EVALUATING_ORDER)
                        + " to phase " + String.join(", ", phases) + ", which this build ("
                        + String.join(" ", session.getGoals()) + ") does not reach: its evidence is not in the"
                        + " reactor verdict. Bind the goal to the same phase in every module (default verify).");
            }
        }
        return new Expected(ids, notes);
    }

    private static final List<String> EVALUATING_ORDER = List.of("check", "report");

    /**
     * Whether Maven's execution plan of the project for this build's tasks contains an evaluating goal of the plugin;
     * {@code null} when the plan cannot be computed.
     */
    private static Boolean planned(
            MavenSession session, MavenProject project, LifecycleExecutor lifecycle, String pluginKey) {
        if (lifecycle == null
                || session.getGoals() == null
                || session.getGoals().isEmpty()) {
            return null;
        }
        try {
            MavenSession forProject = session.clone();
            forProject.setCurrentProject(project);
            MavenExecutionPlan plan = lifecycle.calculateExecutionPlan(
                    forProject, false, session.getGoals().toArray(new String[0]));
            for (MojoExecution e : plan.getMojoExecutions()) {
                if (EVALUATING_GOALS.contains(e.getGoal())
                        && pluginKey.equals(e.getGroupId() + ":" + e.getArtifactId())) {
                    return Boolean.TRUE;
                }
            }
            return Boolean.FALSE;
        } catch (Exception | LinkageError e) {
            return null; // an older or newer Maven, or a plugin that cannot be resolved: the POM decides
        }
    }

    /** The phases to which the project's POM binds an evaluating goal of the plugin; empty when it binds none. */
    private static List<String> bindingPhases(MavenProject project, String pluginKey) {
        Set<String> phases = new LinkedHashSet<>();
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!pluginKey.equals(plugin.getKey())) {
                continue;
            }
            for (PluginExecution e : plugin.getExecutions()) {
                if ("none".equals(e.getPhase())) {
                    continue;
                }
                for (String goal : e.getGoals()) {
                    if (EVALUATING_GOALS.contains(goal)) {
                        phases.add(e.getPhase() == null ? "verify" : e.getPhase());
                    }
                }
            }
        }
        return List.copyOf(phases);
    }

    /**
     * The projects of this build with the given ids that have already finished (Maven recorded their build summary):
     * an expected module among them that has not contributed never will.
     */
    static List<String> finished(MavenSession session, List<String> ids) {
        List<String> out = new ArrayList<>();
        if (session.getResult() == null) {
            return out;
        }
        for (MavenProject p : session.getProjects()) {
            if (ids.contains(id(p)) && session.getResult().getBuildSummary(p) != null) {
                out.add(p.getArtifactId());
            }
        }
        return out;
    }

    static String id(MavenProject p) {
        return p.getGroupId() + ":" + p.getArtifactId();
    }

    /** The project Maven was started in, or the first of the build when it is not known. */
    static MavenProject root(MavenSession session) {
        for (MavenProject p : allProjects(session)) {
            if (p.isExecutionRoot()) {
                return p;
            }
        }
        return session.getTopLevelProject() != null
                ? session.getTopLevelProject()
                : session.getProjects().get(0);
    }

    /** The code modules of the project (not {@code pom} packaging) that are not part of this build. */
    static List<String> notInBuild(MavenSession session) {
        Set<String> built = new LinkedHashSet<>();
        session.getProjects().forEach(p -> built.add(id(p)));
        List<String> out = new ArrayList<>();
        for (MavenProject p : allProjects(session)) {
            if (!built.contains(id(p)) && !"pom".equals(p.getPackaging())) {
                out.add(p.getArtifactId());
            }
        }
        return out;
    }

    private static List<MavenProject> allProjects(MavenSession session) {
        List<MavenProject> all;
        try {
            all = session.getAllProjects();
        } catch (NoSuchMethodError e) {
            all = null; // a Maven older than the API: the modules outside -pl are not known
        }
        return all == null ? session.getProjects() : all;
    }

    /** A module that contributes no evidence, e.g. because it skipped readiness. */
    static ModuleInput excluded(MavenProject project, Path rootDir, String reason) {
        Path baseDir = project.getBasedir().toPath().toAbsolutePath().normalize();
        return ModuleInput.builder(project.getArtifactId(), relative(rootDir, baseDir), baseDir)
                .packaging(project.getPackaging())
                .excludedReason(reason)
                .build();
    }

    /**
     * A module's source roots for the reactor's documentation gates: those inside the module's build directory
     * (generated sources) are left out unless its {@code readiness.includeGeneratedSources} is true, as in its own
     * verdict.
     */
    static List<String> handWrittenRoots(Path baseDir, ReadinessInputs.DocumentationSettings documentation) {
        if (documentation == null || documentation.sourceRoots() == null) {
            return List.of();
        }
        String build = documentation.buildDirectory();
        Path buildDir = build == null || build.isBlank()
                ? null
                : baseDir.resolve(build.strip()).toAbsolutePath().normalize();
        return Lists.split(documentation.sourceRoots()).stream()
                .filter(r -> documentation.includeGeneratedSources()
                        || !DocumentationInput.isGenerated(
                                baseDir.resolve(r).toAbsolutePath().normalize(), buildDir))
                .toList();
    }

    private static String relative(Path rootDir, Path baseDir) {
        String path = rootDir.relativize(baseDir).toString().replace('\\', '/');
        return path.isEmpty() ? "." : path;
    }

    /** A module's evidence locations, as configured, for the reactor verdict. */
    static ModuleInput module(
            MavenProject project, Path rootDir, ReadinessInputs inputs, ModuleVerdict verdict, String excludedReason)
            throws PolicyException {
        Path baseDir = project.getBasedir().toPath().toAbsolutePath().normalize();
        return ModuleInput.builder(project.getArtifactId(), relative(rootDir, baseDir), baseDir)
                .packaging(project.getPackaging())
                .surefireReports(Lists.split(inputs.surefireReports()))
                .failsafeReports(Lists.split(inputs.failsafeReports()))
                .testClassesDirectories(Lists.split(inputs.testClassesDirectories()))
                .execFiles(Lists.split(inputs.execFiles()))
                .classesDirectories(Lists.split(inputs.classesDirectories()))
                .sourceRoots(handWrittenRoots(baseDir, inputs.documentation()))
                .mutationReports(Lists.split(inputs.mutationReports()))
                .benchmarks(
                        inputs.benchmarks() == null ? null : inputs.benchmarks().toInput())
                .verdict(verdict)
                .excludedReason(excludedReason)
                .build();
    }
}
