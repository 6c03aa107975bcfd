package io.mooring.server.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads the pushes out of one provider's webhook payloads. */
public interface PushParser {
  /** The pushes in a payload of event {@code eventName}; empty for events that are not pushes. */
  List<PushEvent> parse(String eventName, JsonNode payload);
}
