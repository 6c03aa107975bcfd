package io.mooring.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.ModelDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CRDs under deploy/crds install into a Kubernetes API and carry Applications intact. */
@EnableKubernetesMockClient(crud = true)
class CustomResourceDefinitionsTest {
  private static final Path CRDS = Path.of("crds");
  private static final ResourceDefinitionContext APPLICATIONS =
      new ResourceDefinitionContext.Builder()
          .withGroup("argoproj.io")
          .withVersion("v1alpha1")
          .withKind("Application")
          .withPlural("applications")
          .withNamespaced(true)
          .build();

  KubernetesClient client;

  @Test
  void bothCrdsDeclareArgoCdsGroupKindsAndShortNames() throws IOException {
    CustomResourceDefinition applications = crd("application-crd.yaml");
    CustomResourceDefinition projects = crd("appproject-crd.yaml");

    assertThat(applications.getMetadata().getName()).isEqualTo("applications.argoproj.io");
    assertThat(applications.getSpec().getNames().getShortNames()).containsExactly("app", "apps");
    assertThat(applications.getSpec().getVersions())
        .singleElement()
        .satisfies(v -> assertThat(v.getName()).isEqualTo("v1alpha1"));
    assertThat(projects.getMetadata().getName()).isEqualTo("appprojects.argoproj.io");
    assertThat(projects.getSpec().getScope()).isEqualTo("Namespaced");
  }

  @Test
  void theApplicationSchemaKeepsUnknownFieldsInSpecAndStatus() throws IOException {
    var schema =
        crd("application-crd.yaml").getSpec().getVersions().get(0).getSchema().getOpenAPIV3Schema();

    assertThat(schema.getProperties().get("spec").getXKubernetesPreserveUnknownFields()).isTrue();
    assertThat(schema.getProperties().get("status").getXKubernetesPreserveUnknownFields()).isTrue();
    assertThat(schema.getProperties().get("spec").getRequired()).contains("destination");
  }

  @Test
  void anApplicationRoundTripsThroughTheApiWithItsUnknownFields() throws Exception {
    client
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .resource(crd("application-crd.yaml"))
        .create();
    client
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .resource(crd("appproject-crd.yaml"))
        .create();
    Application app = application();

    GenericKubernetesResource sent =
        Serialization.unmarshal(ModelCodec.toJson(app), GenericKubernetesResource.class);
    client.genericKubernetesResources(APPLICATIONS).inNamespace("argocd").resource(sent).create();
    GenericKubernetesResource stored =
        client
            .genericKubernetesResources(APPLICATIONS)
            .inNamespace("argocd")
            .withName("guestbook")
            .get();
    Application back =
        ModelCodec.bind(
            new ModelDocument("api", 0, ModelCodec.jsonMapper().valueToTree(stored)),
            Application.class);

    assertThat(back.spec.source.repoURL).isEqualTo(app.spec.source.repoURL);
    assertThat(back.spec.extra()).containsEntry("futureSpecField", Map.of("kept", true));
    assertThat(back.spec.syncPolicy.automated.selfHeal).isTrue();
    assertThat(ModelCodec.toTree(back.spec)).isEqualTo(ModelCodec.toTree(app.spec));
  }

  private static Application application() throws Exception {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata:
          name: guestbook
          namespace: argocd
        spec:
          project: default
          futureSpecField:
            kept: true
          source:
            repoURL: https://github.com/argoproj/argocd-example-apps.git
            path: guestbook
            targetRevision: HEAD
          destination:
            server: https://kubernetes.default.svc
            namespace: guestbook
          syncPolicy:
            automated:
              prune: true
              selfHeal: true
        """;
    return ModelCodec.bind(ModelCodec.readDocuments("app.yaml", yaml).get(0), Application.class);
  }

  private static CustomResourceDefinition crd(String file) throws IOException {
    try (InputStream in = Files.newInputStream(CRDS.resolve(file))) {
      return Serialization.unmarshal(in, CustomResourceDefinition.class);
    }
  }
}
