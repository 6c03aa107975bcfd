package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The outcome of comparing one desired object with its live counterpart. Secret values are already
 * masked in every field.
 *
 * @param modified true when applying the desired object would change the live one
 * @param normalizedLive the live object as compared (server-filled fields dropped), or null
 * @param predictedLive the live object as it would be after applying the desired one, or null
 * @param unifiedDiff a unified diff of the two as YAML with sorted keys; empty when not modified
 */
public record DiffResult(
    boolean modified, ObjectNode normalizedLive, ObjectNode predictedLive, String unifiedDiff) {}
