package io.mooring.demo;

import java.time.Duration;
import java.util.Locale;

/** The text {@code mooring demo} prints once it is ready. Pure: formats, prints nothing. */
public final class ReadyBanner {
  private ReadyBanner() {}

  /** The banner for {@code access}, ending with {@code ready in N.N s}. */
  public static String render(DemoAccess access, Duration readyAfter) {
    String login =
        "mooring login "
            + access.apiAddress()
            + " --plaintext --username admin --password "
            + access.adminPassword();
    return String.join(
        "\n",
        "",
        "Mooring demo is running (a sandbox: simulated cluster, plain HTTP, everything in this"
            + " process).",
        "",
        "  Web UI and API   " + access.uiUrl() + "   (plain HTTP, as mooring server --insecure)",
        "  admin password   " + access.adminPassword(),
        "  viewer password  " + access.viewerPassword() + "   (read-only account: role:readonly)",
        "  Git repository   git clone " + access.cloneUrl(),
        "  kubectl          export KUBECONFIG=" + access.kubeconfig(),
        "  CLI              " + login,
        "",
        "Three things to try:",
        "  1. Change a replica count and push; the push's webhook makes Mooring sync it at once:",
        "       git clone " + access.cloneUrl() + " && cd examples",
        "       sed -i 's/replicas: 2/replicas: 4/' guestbook/deployment.yaml",
        "       git commit -am 'guestbook: 4 replicas' && git push",
        "       kubectl get deployment guestbook-web -n guestbook -o jsonpath='{.spec.replicas}'",
        "  2. Drift: scale by hand and watch self-heal put it back within seconds:",
        "       kubectl scale deployment guestbook-web -n guestbook --replicas=0",
        "       kubectl get deployment guestbook-web -n guestbook -o jsonpath='{.spec.replicas}'",
        "  3. Roll back: turn automation off (the root app's first: its self-heal would turn the",
        "     child's back on), then return to the first synced revision:",
        "       mooring app set examples --sync-policy none",
        "       mooring app set guestbook --sync-policy none",
        "       mooring app history guestbook",
        "       mooring app rollback guestbook <ID>",
        "",
        "State lives in "
            + access.dataDirectory()
            + " (delete it to start afresh). Ctrl-C stops the demo.",
        String.format(Locale.ROOT, "ready in %.1f s", readyAfter.toMillis() / 1000.0),
        "");
  }
}
