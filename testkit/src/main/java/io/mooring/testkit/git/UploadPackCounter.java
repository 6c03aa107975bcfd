package io.mooring.testkit.git;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts ref advertisements for upload-pack, that is: how many fetches or clones clients began. */
final class UploadPackCounter implements Filter {
  private final AtomicInteger count = new AtomicInteger();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if (http.getRequestURI().endsWith("/info/refs")
        && "git-upload-pack".equals(http.getParameter("service"))) {
      count.incrementAndGet();
    }
    chain.doFilter(request, response);
  }

  int count() {
    return count.get();
  }
}
