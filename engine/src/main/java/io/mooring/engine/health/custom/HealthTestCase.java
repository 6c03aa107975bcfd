package io.mooring.engine.health.custom;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthResult;

/**
 * One case of a {@code health_test.yaml}: a script, the object it is run on, and the result
 * expected (status and message must both match, as in Argo CD's own tests).
 *
 * @param name where the case is ({@code dir/health_test.yaml: tests[0] (testdata/x.yaml)})
 */
public record HealthTestCase(String name, String script, JsonNode object, HealthResult expected) {}
