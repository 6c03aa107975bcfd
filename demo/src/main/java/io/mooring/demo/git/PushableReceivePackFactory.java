package io.mooring.demo.git;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PostReceiveHook;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.resolver.ReceivePackFactory;

/**
 * Lets anyone who can reach the (loopback-only) server push, and runs {@code hook} after every
 * push. JGit's default factory refuses anonymous pushes; the demo's server has no accounts.
 */
final class PushableReceivePackFactory implements ReceivePackFactory<HttpServletRequest> {
  private final PostReceiveHook hook;

  PushableReceivePackFactory(PostReceiveHook hook) {
    this.hook = hook;
  }

  @Override
  public ReceivePack create(HttpServletRequest request, Repository repository) {
    ReceivePack pack = new ReceivePack(repository);
    pack.setPostReceiveHook(hook);
    pack.setRefLogIdent(
        new org.eclipse.jgit.lib.PersonIdent("mooring demo git server", "git@mooring.invalid"));
    return pack;
  }
}
