package io.mooring.model.validation;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import java.util.Set;

/**
 * Cron schedules as Argo CD's sync windows accept them: five fields (minute hour day-of-month month
 * day-of-week) or a descriptor such as {@code @daily} or {@code @every 1h}.
 */
final class CronSchedules {
  private static final CronParser UNIX =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
  private static final Set<String> DESCRIPTORS =
      Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");

  private CronSchedules() {}

  /** Null when valid, else why not. */
  static String errorFor(String schedule) {
    String trimmed = schedule.trim();
    if (DESCRIPTORS.contains(trimmed)) {
      return null;
    }
    if (trimmed.startsWith("@every ")) {
      String every = trimmed.substring("@every ".length()).trim();
      return GoDurations.isGoDuration(every) ? null : "'@every' needs a duration such as 1h30m";
    }
    if (trimmed.split("\\s+").length != 5) {
      return "'"
          + schedule
          + "' is not a cron schedule: expected 5 fields (minute hour day-of-month month"
          + " day-of-week) or a descriptor such as @daily";
    }
    try {
      UNIX.parse(trimmed).validate();
      return null;
    } catch (IllegalArgumentException e) {
      return "'" + schedule + "' is not a valid cron schedule: " + e.getMessage();
    }
  }
}
