package io.mooring.server.rbac;

import com.googlecode.aviator.runtime.function.FunctionUtils;
import com.googlecode.aviator.runtime.type.AviatorBoolean;
import com.googlecode.aviator.runtime.type.AviatorObject;
import io.mooring.engine.match.ArgoGlob;
import java.util.Map;
import org.casbin.jcasbin.util.function.CustomFunction;

/** {@link ArgoGlob} as a function jCasbin matchers can call: {@code argoGlob(value, pattern)}. */
final class ArgoGlobFunction extends CustomFunction {
  static final String NAME = "argoGlob";

  @Override
  public AviatorObject call(Map<String, Object> env, AviatorObject value, AviatorObject pattern) {
    return AviatorBoolean.valueOf(
        ArgoGlob.matches(
            FunctionUtils.getStringValue(value, env), FunctionUtils.getStringValue(pattern, env)));
  }

  @Override
  public String getName() {
    return NAME;
  }
}
