package io.mooring.engine.health.lua;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/** Turns a JSON tree into Lua values: objects and arrays become tables, JSON null becomes nil. */
final class JsonToLua {
  private JsonToLua() {}

  static LuaValue convert(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return LuaValue.NIL;
    }
    if (node.isObject()) {
      LuaTable table = new LuaTable(0, node.size());
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        LuaValue value = convert(field.getValue());
        if (!value.isnil()) {
          table.rawset(field.getKey(), value);
        }
      }
      return table;
    }
    if (node.isArray()) {
      LuaTable table = new LuaTable(node.size(), 0);
      int index = 1;
      for (JsonNode item : node) {
        table.rawset(index++, convert(item));
      }
      return table;
    }
    if (node.isBoolean()) {
      return LuaValue.valueOf(node.booleanValue());
    }
    if (node.isInt()) {
      return LuaValue.valueOf(node.intValue());
    }
    if (node.isNumber()) {
      return LuaValue.valueOf(node.doubleValue());
    }
    return LuaValue.valueOf(node.asText());
  }
}
