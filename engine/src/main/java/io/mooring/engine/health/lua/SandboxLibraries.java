package io.mooring.engine.health.lua;

import java.util.List;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.BaseLib;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.VarArgFunction;
import org.luaj.vm2.lib.jse.JseMathLib;

/**
 * The one read-only library table every sandboxed script sees: a safe subset of Lua's base library,
 * and {@code string}, {@code table}, {@code math}. Nothing that reaches files, the OS, the loader,
 * the debug library or Java ({@code os}, {@code io}, {@code load}, {@code dofile}, {@code require},
 * {@code luajava}, {@code debug}, {@code rawset}, {@code print} are absent). Functions that
 * allocate in one step ({@code string.rep}, {@code unpack}) are size-bounded.
 *
 * <p>Initialising this class makes LuaJ's JVM-wide string metatable read-only too.
 */
final class SandboxLibraries {
  /** Largest string {@code string.rep} may build, and most values {@code unpack} may return. */
  static final int MAX_REP_BYTES = 1 << 20;

  static final int MAX_UNPACK = 10_000;

  private static final List<String> SAFE_BASE =
      List.of(
          "assert",
          "error",
          "getmetatable",
          "ipairs",
          "next",
          "pairs",
          "pcall",
          "rawequal",
          "rawget",
          "rawlen",
          "select",
          "setmetatable",
          "tonumber",
          "tostring",
          "type",
          "xpcall",
          "_VERSION");

  /** The table the environment of every run falls back to for names it does not define. */
  static final LuaTable LIBRARY = build();

  /** The metatable of every run's environment: read-through to {@link #LIBRARY}, hidden. */
  static final LuaTable ENVIRONMENT_METATABLE =
      new ReadOnlyLuaTable(
          LuaValue.tableOf(
              new LuaValue[] {LuaValue.INDEX, LIBRARY, LuaValue.METATABLE, LuaValue.FALSE}));

  private SandboxLibraries() {}

  private static LuaTable build() {
    Globals full = new Globals();
    full.load(new BaseLib());
    full.load(new PackageLib());
    full.load(new StringLib());
    full.load(new TableLib());
    full.load(new JseMathLib());

    LuaTable library = new LuaTable();
    for (String name : SAFE_BASE) {
      library.rawset(name, full.get(name));
    }
    LuaTable string = copy(full.get("string").checktable());
    string.rawset("rep", new BoundedRep());
    LuaTable table = copy(full.get("table").checktable());
    table.rawset("unpack", new BoundedUnpack());
    library.rawset("string", string);
    library.rawset("table", table);
    library.rawset("math", full.get("math"));
    library.rawset("unpack", new BoundedUnpack());
    ReadOnlyLuaTable readOnly = new ReadOnlyLuaTable(library);

    LuaTable stringMeta = new LuaTable();
    stringMeta.rawset(LuaValue.INDEX, readOnly.rawget("string"));
    stringMeta.rawset(LuaValue.METATABLE, LuaValue.FALSE);
    LuaString.s_metatable = new ReadOnlyLuaTable(stringMeta);
    return readOnly;
  }

  private static LuaTable copy(LuaTable source) {
    LuaTable copy = new LuaTable();
    LuaValue key = LuaValue.NIL;
    while (true) {
      Varargs entry = source.next(key);
      key = entry.arg1();
      if (key.isnil()) {
        return copy;
      }
      copy.rawset(key, entry.arg(2));
    }
  }

  /** {@code string.rep(s, n [, sep])} refusing results over {@link #MAX_REP_BYTES}. */
  private static final class BoundedRep extends VarArgFunction {
    @Override
    public Varargs invoke(Varargs args) {
      LuaString s = args.checkstring(1);
      int n = args.checkint(2);
      LuaString sep = args.optstring(3, LuaValue.EMPTYSTRING);
      if (n <= 0) {
        return LuaValue.EMPTYSTRING;
      }
      long size = (long) s.length() * n + (long) sep.length() * (n - 1);
      if (size > MAX_REP_BYTES) {
        return LuaValue.error("string.rep: result of " + size + " bytes is too large");
      }
      byte[] bytes = new byte[(int) size];
      int offset = 0;
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sep.copyInto(0, bytes, offset, sep.length());
          offset += sep.length();
        }
        s.copyInto(0, bytes, offset, s.length());
        offset += s.length();
      }
      return LuaString.valueUsing(bytes);
    }
  }

  /** {@code unpack(list [, i [, j]])} refusing more than {@link #MAX_UNPACK} values. */
  private static final class BoundedUnpack extends VarArgFunction {
    @Override
    public Varargs invoke(Varargs args) {
      LuaTable list = args.checktable(1);
      int from = args.optint(2, 1);
      int to = args.isnoneornil(3) ? list.length() : args.checkint(3);
      if ((long) to - from + 1 > MAX_UNPACK) {
        return LuaValue.error("unpack: too many results to unpack");
      }
      return from > to ? LuaValue.NONE : list.unpack(from, to);
    }
  }
}
