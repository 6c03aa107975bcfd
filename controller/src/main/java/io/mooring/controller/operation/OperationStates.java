package io.mooring.controller.operation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mooring.engine.sync.OperationPhase;
import io.mooring.engine.sync.ResourceResult;
import io.mooring.engine.sync.SyncState;
import io.mooring.model.ModelCodec;
import io.mooring.model.OperationState;
import io.mooring.model.SyncOperationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between the engine's {@link SyncState} and Application.status.operationState. The
 * engine's records use Argo CD's field names, so the conversion is a plain re-mapping.
 */
final class OperationStates {
  private static final ObjectMapper MAPPER = ModelCodec.jsonMapper();
  private static final TypeReference<List<ResourceResult>> RESULTS = new TypeReference<>() {};

  private OperationStates() {}

  /** The engine state stored in {@code state} (a fresh start when it holds none). */
  static SyncState read(OperationState state) {
    if (state == null || state.phase == null) {
      return SyncState.start();
    }
    List<ResourceResult> results =
        state.syncResult == null || state.syncResult.resources == null
            ? List.of()
            : MAPPER.convertValue(state.syncResult.resources, RESULTS);
    return new SyncState(OperationPhase.valueOf(state.phase), state.message, results);
  }

  /** Writes {@code sync} into {@code state} (phase, message, syncResult.resources). */
  static void write(SyncState sync, OperationState state) {
    state.phase = sync.phase().name();
    state.message = sync.message().isEmpty() ? null : sync.message();
    if (state.syncResult == null) {
      state.syncResult = new SyncOperationResult();
    }
    state.syncResult.resources =
        new ArrayList<>(
            MAPPER.convertValue(
                sync.resources(), new TypeReference<List<io.mooring.model.ResourceResult>>() {}));
  }
}
