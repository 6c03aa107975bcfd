package io.mooring.engine.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One object read from a manifest file, with where it came from.
 *
 * @param source the file name as the caller gave it
 * @param index the 0-based position of the document in its file (empty documents are counted)
 * @param object the object as a JSON tree
 */
public record ManifestDocument(String source, int index, ObjectNode object) {}
