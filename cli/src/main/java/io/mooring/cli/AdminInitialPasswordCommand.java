package io.mooring.cli;

import io.mooring.kube.KubeAccess;
import io.mooring.kube.settings.ControlNamespace;
import io.mooring.server.auth.InitialAdminPassword;
import io.mooring.server.settings.SettingsNames;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mooring admin initial-password}: prints the generated admin password kept in the
 * argocd-initial-admin-secret Secret (as {@code argocd admin initial-password}).
 */
@Command(
    name = "initial-password",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the initial password of the admin account, generated at the server's first start"
          + " into the Secret "
          + SettingsNames.INITIAL_ADMIN_SECRET
          + ". The Secret is deleted when the admin changes the password.",
      "Uses the current context of --kubeconfig, or in-cluster configuration without it."
    })
public final class AdminInitialPasswordCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin KubeOptions kube;

  @Override
  public Integer call() {
    Optional<String> problem = kube.problem();
    if (problem.isPresent()) {
      spec.commandLine().getErr().println("error: " + problem.get());
      return ExitCodes.USAGE;
    }
    Optional<Map<String, String>> secret;
    try (KubeAccess access = KubeAccess.connect(kube.kubeconfig())) {
      secret =
          new ControlNamespace(access.client(), kube.namespace())
              .secret(SettingsNames.INITIAL_ADMIN_SECRET);
    }
    Optional<String> password =
        secret.map(data -> data.get(InitialAdminPassword.PASSWORD_KEY)).filter(p -> !p.isBlank());
    if (password.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "error: Secret "
                  + SettingsNames.INITIAL_ADMIN_SECRET
                  + (secret.isEmpty() ? " not found" : " has no 'password' key")
                  + " in namespace "
                  + kube.namespace()
                  + ": the server has not started yet, or the admin password was changed"
                  + " (the Secret is deleted then)");
      return ExitCodes.FAILURE;
    }
    spec.commandLine().getOut().println(password.get());
    spec.commandLine()
        .getErr()
        .println(
            "This password is for the first login only: change it with"
                + " 'mooring account update-password'.");
    return ExitCodes.OK;
  }
}
