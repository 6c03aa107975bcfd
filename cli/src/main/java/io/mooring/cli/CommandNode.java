package io.mooring.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * One command of the {@code mooring} tree and its subcommands, created only when needed: building
 * the picocli model of every command costs more start-up time than most commands take to run, so
 * {@link #build} builds the full tree only along the words of the command line (and all of it where
 * help or suggestions may need it).
 *
 * @param name the subcommand's name (empty for the root)
 * @param command creates the command object
 * @param children the subcommands, in help order
 */
record CommandNode(String name, Supplier<Object> command, List<CommandNode> children) {
  static CommandNode leaf(String name, Supplier<Object> command) {
    return new CommandNode(name, command, List.of());
  }

  static CommandNode group(String name, Supplier<Object> command, CommandNode... children) {
    return new CommandNode(name, command, List.of(children));
  }

  /**
   * This command with, when {@code words} starts with a subcommand's name, only that subcommand
   * (built the same way from the words after it); otherwise with every subcommand.
   */
  CommandLine build(List<String> words) {
    CommandLine commandLine = new CommandLine(command.get());
    Optional<CommandNode> next =
        words.isEmpty()
            ? Optional.empty()
            : children.stream().filter(child -> child.name.equals(words.get(0))).findFirst();
    for (CommandNode child : children) {
      if (next.isEmpty()) {
        commandLine.addSubcommand(child.name, child.build(List.of()));
      } else if (child == next.get()) {
        commandLine.addSubcommand(child.name, child.build(words.subList(1, words.size())));
      }
    }
    return commandLine;
  }
}
