package io.mooring.engine.health.lua;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A Lua table that scripts can read but never change, not even with {@code rawset}, {@code
 * table.insert} or {@code setmetatable}: the shared libraries every sandboxed run sees.
 */
final class ReadOnlyLuaTable extends LuaTable {
  private final boolean sealed;

  /** A read-only copy of {@code source}; nested tables are copied read-only too. */
  ReadOnlyLuaTable(LuaTable source) {
    this(source, null);
  }

  /** A read-only copy of {@code source} with a fixed metatable. */
  ReadOnlyLuaTable(LuaTable source, LuaTable metatable) {
    LuaValue key = LuaValue.NIL;
    while (true) {
      Varargs entry = source.next(key);
      key = entry.arg1();
      if (key.isnil()) {
        break;
      }
      LuaValue value = entry.arg(2);
      super.rawset(key, value.istable() ? new ReadOnlyLuaTable(value.checktable()) : value);
    }
    if (metatable != null) {
      super.setmetatable(metatable);
    }
    this.sealed = true;
  }

  @Override
  public LuaValue setmetatable(LuaValue metatable) {
    throw readOnly();
  }

  @Override
  public void rawset(int key, LuaValue value) {
    if (sealed) {
      throw readOnly();
    }
    super.rawset(key, value);
  }

  @Override
  public void rawset(LuaValue key, LuaValue value) {
    if (sealed) {
      throw readOnly();
    }
    super.rawset(key, value);
  }

  @Override
  public void hashset(LuaValue key, LuaValue value) {
    if (sealed) {
      throw readOnly();
    }
    super.hashset(key, value);
  }

  @Override
  public LuaValue remove(int pos) {
    throw readOnly();
  }

  @Override
  public void insert(int pos, LuaValue value) {
    throw readOnly();
  }

  @Override
  public void sort(LuaValue comparator) {
    throw readOnly();
  }

  private static LuaError readOnly() {
    return new LuaError("attempt to modify a read-only table");
  }
}
