package io.mooring.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The "must not depend on" column of DESIGN.md, as ArchUnit rules over production classes. */
final class ModuleBoundaries {
  private ModuleBoundaries() {}

  /** engine is pure logic: no Git, HTTP, Kubernetes client, Application types, or outer layers. */
  static final ArchRule ENGINE_IS_PURE =
      noClasses()
          .that()
          .resideInAPackage("io.mooring.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.eclipse.jgit..",
              "io.fabric8.kubernetes.client..",
              "java.net.http..",
              "java.net.http",
              "org.eclipse.jetty..",
              "io.javalin..",
              "jakarta.servlet..",
              "okhttp3..",
              "io.mooring.model..",
              "io.mooring.source..",
              "io.mooring.sandbox..",
              "io.mooring.kube..",
              "io.mooring.controller..",
              "io.mooring.server..",
              "io.mooring.cli..")
          .because("the engine is pure GitOps logic that takes its inputs as data (DESIGN.md)");

  /** model depends on nothing of ours. */
  static final ArchRule MODEL_DEPENDS_ON_NOTHING_OF_OURS =
      noClasses()
          .that()
          .resideInAPackage("io.mooring.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.mooring.engine..",
              "io.mooring.source..",
              "io.mooring.sandbox..",
              "io.mooring.kube..",
              "io.mooring.controller..",
              "io.mooring.server..",
              "io.mooring.cli..",
              "io.mooring.testkit..")
          .because("model is the base every other module builds on (DESIGN.md)");

  /** source renders manifests; it never talks to a cluster or serves HTTP. */
  static final ArchRule SOURCE_STAYS_OUT_OF_CLUSTER_AND_SERVER =
      noClasses()
          .that()
          .resideInAPackage("io.mooring.source..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.fabric8.kubernetes.client..",
              "io.mooring.sandbox..",
              "io.mooring.kube..",
              "io.mooring.controller..",
              "io.mooring.server..",
              "io.mooring.cli..")
          .because("the repository server only turns Git into manifests (DESIGN.md)")
          .allowEmptyShould(true);

  /** Production code reaches the embedded cluster only as a cluster, through a URL/kubeconfig. */
  static final ArchRule ONLY_LAUNCHERS_KNOW_THE_SANDBOX =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.mooring.model..",
              "io.mooring.engine..",
              "io.mooring.source..",
              "io.mooring.kube..",
              "io.mooring.controller..",
              "io.mooring.server..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.mooring.sandbox..", "io.mooring.testkit..")
          .because("the embedded cluster is a sandbox; production code must work on a real cluster")
          .allowEmptyShould(true);

  /**
   * kube is the only code that talks to a Kubernetes API (the sandbox and test helpers aside; the
   * demo prepares its own sandbox in {@code io.mooring.demo.cluster} only).
   */
  static final ArchRule ONLY_KUBE_TALKS_TO_KUBERNETES =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.mooring.model..",
              "io.mooring.engine..",
              "io.mooring.source..",
              "io.mooring.controller..",
              "io.mooring.cli..",
              "io.mooring.demo",
              "io.mooring.demo.git..",
              "io.mooring.demo.seed..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.fabric8.kubernetes.client..")
          .because("cluster I/O enters through the kube module's narrow interfaces (DESIGN.md)");

  /** The controller runs against any cluster: it never reaches into the sandbox or the server. */
  static final ArchRule CONTROLLER_STAYS_OUT_OF_SERVER =
      noClasses()
          .that()
          .resideInAPackage("io.mooring.controller..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.mooring.server..", "io.mooring.cli..", "io.mooring.sandbox..")
          .because(
              "the server and cli build on the controller, not the other way round (DESIGN.md)");

  /** The demo is a launcher of the whole system: only the CLI's {@code mooring demo} starts it. */
  static final ArchRule ONLY_THE_CLI_DEPENDS_ON_THE_DEMO =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.mooring.demo..", "io.mooring.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.mooring.demo..")
          .because("mooring demo assembles every module; nothing but the cli may build on it");
}
