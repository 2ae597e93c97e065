import { createRequire } from 'module'; const require = createRequire('/work/wt-bench3/pipeline/x.js');
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x2) {
      return typeof x2 == "number" || typeof x2 == "boolean" || x2 === null ? x2 : safeStringify(Array.isArray(x2) ? x2.join(",") : x2);
    }
    function stringify(x2) {
      return new _Code(safeStringify(x2));
    }
    exports.stringify = stringify;
    function safeStringify(x2) {
      return JSON.stringify(x2).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x2) {
      return typeof x2 == "boolean" || typeof x2 == "number" || x2 === null ? !x2 : (0, code_1._)`!${par(x2)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x2, y) => x2 === code_1.nil ? y : y === code_1.nil ? x2 : (0, code_1._)`${par(x2)} ${op} ${par(y)}`;
    }
    function par(x2) {
      return x2 instanceof code_1.Name ? x2 : (0, code_1._)`(${x2})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x2 of xs)
          f(x2);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x2) {
      return typeof x2 == "string" && jsonTypes.has(x2);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !/\P{ASCII}/u.test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative3 = parse(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema: loadSchema2 } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema2(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// ../../tmp/b3/prof-entry.ts
import { writeFileSync as writeFileSync3, mkdtempSync as mkdtempSync2, readdirSync as readdirSync2 } from "node:fs";
import { join as join6 } from "node:path";
import { tmpdir as tmpdir2 } from "node:os";

// pipeline/ingest.ts
import { createHash } from "node:crypto";
import { basename as basename2, join as join4, relative as relative2, resolve, isAbsolute as isAbsolute2 } from "node:path";

// pipeline/lib/input-messages.ts
var MAX = "32,767";
var inputMessages = {
  /** One problem: "<file>: <field>: found <found>; expected <expected>." */
  inputProblem: (file, field, found, expected) => `${file}: ${field}: found ${found}; expected ${expected}.`,
  /** All problems of a run, one a line. */
  inputProblems: (problems) => `${problems.length} problem${problems.length === 1 ? "" : "s"} in the input; nothing was written. Fix ${problems.length === 1 ? "it" : "them"} and run again:
  - ${problems.join("\n  - ")}`,
  expectedDate: () => `a real calendar date between 1900 and 2100 written 2019-04-30, 2019-04 or 2019`,
  expectedRetrieved: () => `the day the text was taken from its url, a real calendar date written 2026-11-30 (or 2026-11, 2026)`,
  /** A metadata field the schema describes (its description gives an example). */
  expectedAsDescribed: (description) => `what schemas/article-metadata.schema.json says of it: ${description.replace(/\.$/, "")}`,
  expectedPerSchema: (field) => `what schemas/article-metadata.schema.json says of ${field}`,
  expectedUrl: () => `an http or https address such as https://belarusdigest.com/story/2011-03`,
  expectedTitle: () => `visible text such as "What Drives China-Belarus Relations"`,
  expectedLanguage: () => `a language tag such as en, ru or zh-Hans`,
  expectedString: () => `text in quotes, such as "Belarus Digest"`,
  expectedCleanText: (lineBreaks) => `text without control characters${lineBreaks ? " other than tabs and line breaks" : ""} or Unicode non-characters: delete them (they cannot be carried by the workbook's XML nor safely by CSV)`,
  expectedShortField: () => `at most ${MAX} characters (what a spreadsheet cell holds): shorten it`,
  expectedShortSentence: () => `sentences of at most ${MAX} characters (what a spreadsheet cell holds, and a quote is a sentence or part of one): end the sentence with a full stop`,
  expectedUtf8: () => `UTF-8 text: save the file as UTF-8 (in most editors: "Save as" \u2192 encoding "UTF-8") and run again`,
  expectedVisibleText: () => `the article's text, such as "Chinese Premier Wen Jiabao visited Minsk in November 2007."`,
  expectedRegularFile: () => `a regular file of text (a real file, not a folder, pipe or device)`,
  expectedInsideSources: (dir2) => `a file inside ${dir2}: copy the article into the folder instead of linking to it`,
  expectedReadable: () => `a file the pipeline can read: check its permissions (chmod a+r)`,
  expectedShortId: (max) => `a file name of at most ${max} characters before .txt, such as wen-jiabao-visit-2007.txt`,
  expectedIdName: () => `a lower-case id of letters, digits, '.', '_' or '-', starting with a letter or digit, such as wen-jiabao-visit-2007.txt: rename the file`,
  expectedPair: (other) => `its partner ${other} beside it (every article is an <id>.txt with an <id>.json)`,
  expectedJsonObject: () => `a JSON object such as {"title": "What Drives China-Belarus Relations", "published": "2011-03"}`,
  missingGlyph: (codePoint, context) => `no bundled font draws U+${codePoint.toString(16).toUpperCase().padStart(4, "0")} ("${String.fromCodePoint(codePoint)}"), met in "${context.length > 80 ? `${context.slice(0, 80)}\u2026` : context}"; it prints as an empty box. Add an npm font that has it to pipeline/brief/glyphs.ts.`
};

// pipeline/lib/messages.ts
var messages = {
  ...inputMessages,
  fileMissing: (file, what) => `${file}: file not found (${what}).`,
  malformedJson: (file, detail) => `${file}: not valid JSON (${detail}); fix the syntax and run again.`,
  invalidRecord: (table2, id, problems) => `record ${id} in table ${table2} fails schemas/${table2}.schema.json: ${problems}. Nothing was published; fix the extraction rule or reference data that produced it.`,
  quoteMismatch: (id, source) => `record ${id}: its quote is not the text of ${source} at [char_start, char_end); nothing was published.`,
  invalidReference: (file, problems) => `${file}: reference data is malformed: ${problems}.`,
  noArticles: (dir2) => `${dir2}: no articles found; add <id>.txt and <id>.json pairs.`,
  // The article set and the published output set (build engine).
  hiddenSourceFile: (file) => `${file}: a hidden file in the articles folder; an article is a pair <id>.txt + <id>.json with a lower-case id: rename it or move it out of the folder.`,
  notAnArticleFile: (file) => `${file}: not an article file (an article is a pair <id>.txt + <id>.json, lower-case id and extension); rename it or move it out of the folder.`,
  notARegularFile: (file, kind) => `${file}: is ${kind}, not a regular file; an article's .txt and .json must be files: remove or replace it.`,
  sourceIdTooLong: (file, length, max) => `${file}: the id is ${length} characters long, more than the ${max} the build's file names can carry; shorten the file name.`,
  unreadableSource: (file, code) => `${file}: cannot be read (${code}); fix its permissions or the link it points through, or remove it.`,
  outInsideSources: (out, sources) => `OUT=${out} is the articles folder SOURCES=${sources} or inside it; choose an output folder outside SOURCES.`,
  articleSummary: (id, facts, numbered, silent) => `${id}: ${facts} fact${facts === 1 ? "" : "s"}; ${silent.length} of ${numbered} sentence${numbered === 1 ? "" : "s"} with a number or date gave none${silent.length ? ` (at ${silent.slice(0, 2).join(", ")}${silent.length > 2 ? ", \u2026" : ""})` : ""}`,
  unexpectedArticleFailure: () => "unexpected failure (a bug, not a problem with your files) while extracting these articles; please report it with the text below:",
  outNotOurs: (out) => `OUT=${out} is a folder with files the pipeline did not write (no datapackage.json); the whole folder is replaced on publishing, so choose an empty or new folder.`,
  outNotAFolder: (out) => `OUT=${out} exists and is not a folder; choose another OUT or remove it.`,
  outReadOnly: (out) => `OUT=${out} is read-only; nothing was published. Make it writable (chmod u+w) or choose another OUT.`,
  publishFailed: (out, detail) => `could not publish into ${out} (${detail}); the previous outputs there are untouched. Free space or fix permissions and run again.`,
  failureInjected: (stage) => `failure injected after the ${stage} stage wrote its files (PIPELINE_FAIL_AFTER=${stage}; a test hook).`,
  badSourceId: (file) => `${file}: the file name must be a lower-case id (letters, digits, '.', '_' or '-') followed by .txt; rename it.`,
  missingRate: (currency, year) => `no exchange rate for ${currency} in ${year}: add it, with its source, to sources/reference/exchange-rates-supplement.json and run \`node --import tsx pipeline/tools/build-exchange-rates.ts\`.`,
  badDataAsOf: (file, value) => `${file}: data_as_of is ${JSON.stringify(value)}, not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); the workbook dates its properties from it. Rebuild records.json with the normalise stage.`,
  cellTooLong: (table2, row, column, length) => `table ${table2}, row ${row}, column ${column}: ${length} characters, more than the 32767 a spreadsheet cell holds; shorten the text that produced it.`,
  workbookUsage: () => "usage: node --import tsx pipeline/workbook.ts <records.json> <out.xlsx>",
  recordsTableMissing: (file, table2) => `${file}: has no table "${table2}" (tables.${table2} must be a list of rows, possibly empty); rebuild records.json with the normalise stage.`,
  chartsUsage: (usage) => `usage: node --import tsx pipeline/${usage}`,
  chartFailed: (chart, detail) => `chart ${chart}: Vega-Lite could not compile or render it (${detail}); fix its module in pipeline/charts/ and run again.`,
  chartsManifestInvalid: (file, problem) => `${file}: not a charts manifest (${problem}); it should be {"charts": [{"name", "title", "svg", "width", "height", ...}]} as written by the charts stage.`,
  timelineChartMissing: (file) => `${file} lists no chart named "timeline"; the brief needs it: run the charts stage (make all) or add the timeline to the manifest.`,
  chartDrawFailed: (file, warning) => `${file}: the chart could not be drawn into the brief (${warning}); check the SVG.`,
  lexiconReportNoFolder: (path) => `${path}: not a folder; give folders that hold article pairs (<id>.txt + <id>.json) or folders named "articles" below them.`,
  changelogUsage: () => "usage: node --import tsx pipeline/tools/changelog.ts <previous events.csv> <new events.csv> <datapackage.json> <CHANGELOG.md> [git ref]",
  briefUsage: () => "usage: node --import tsx pipeline/brief.ts <records.json> <charts/charts.json> <out.pdf>",
  siteUsage: () => "usage: node --import tsx pipeline/site.ts [--sources=<articles dir>] <records.json> <charts/charts.json> <out-dir> [download files...]",
  siteSourceChanged: (file, source) => `${file}: the text of source ${source} is not the one the records were built from (its SHA-256 differs); rebuild records.json (make all) before the site.`,
  siteQuoteMismatch: (ids2) => `mention(s) ${ids2.slice(0, 5).join(", ")}${ids2.length > 5 ? ` and ${ids2.length - 5} more` : ""}: the quote is not the source text at [char_start, char_end); the site would highlight the wrong words. Rebuild records.json (make all).`,
  siteDownloadOutside: (file, root) => `${file}: a download must be inside ${root}, the folder the site is built in.`
};

// pipeline/lib/errors.ts
var PipelineError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PipelineError";
  }
};
async function runStage(stage, main2) {
  try {
    await main2();
    if (process.env.PIPELINE_FAIL_AFTER === stage) throw new PipelineError(messages.failureInjected(stage));
  } catch (error) {
    if (error instanceof PipelineError) {
      process.stderr.write(`error [${stage}]: ${error.message}
`);
    } else {
      process.stderr.write(`error [${stage}]: unexpected failure
${error?.stack ?? String(error)}
`);
    }
    process.exit(1);
  }
}

// pipeline/lib/io.ts
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync, existsSync, rmSync } from "node:fs";
import { dirname, basename, join } from "node:path";
function tempPathFor(path) {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}
function writeFileAtomic(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  try {
    if (typeof data === "string" || data instanceof Uint8Array) writeFileSync(tmp, data);
    else writePieces(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    if (existsSync(tmp)) rmSync(tmp);
    throw error;
  }
}
function writePieces(path, pieces) {
  const fd = openSync(path, "w");
  try {
    let pending = "";
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= 1 << 20) {
        writeSync(fd, pending);
        pending = "";
      }
    }
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}
function writeJsonAtomic(path, value) {
  writeFileAtomic(path, jsonPieces(value));
}
function* jsonPieces(value) {
  const indent = (json, spaces) => json.replace(/\n/g, `
${spaces}`);
  const entries = value !== null && typeof value === "object" && !Array.isArray(value) && !("toJSON" in value) ? Object.entries(value).filter(([, v]) => v !== void 0 && typeof v !== "function" && typeof v !== "symbol") : null;
  if (!entries?.length) {
    yield `${JSON.stringify(value, null, 2)}
`;
    return;
  }
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i];
    const head = `${i ? "," : "{"}
  ${JSON.stringify(key)}: `;
    if (!Array.isArray(v) || !v.length) {
      yield head + indent(JSON.stringify(v, null, 2), "  ");
      continue;
    }
    yield `${head}[`;
    for (let j = 0; j < v.length; j++) yield `${j ? "," : ""}
    ${indent(JSON.stringify(v[j], null, 2) ?? "null", "    ")}`;
    yield "\n  ]";
  }
  yield "\n}\n";
}
function readJsonFile(path, what = "JSON file") {
  if (!existsSync(path)) throw new PipelineError(messages.fileMissing(path, what));
  const text = readFileSync(path, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PipelineError(messages.malformedJson(path, error.message));
  }
}

// pipeline/lib/nlp.ts
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
var nlp = winkNLP(model, ["sbd", "ner"]);
var its = nlp.its;
function annotateBlock(text, start, end) {
  const doc = nlp.readDoc(text.slice(start, end));
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const tokenStart = new Array(values.length);
  const tokenEnd = new Array(values.length);
  let at = start;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    const found = text.startsWith(values[i], at) ? at : text.indexOf(values[i], at);
    if (found < 0 || found >= end) throw new Error(`tokeniser lost its place at offset ${at}`);
    tokenStart[i] = found;
    tokenEnd[i] = found + values[i].length;
    at = tokenEnd[i];
  }
  const sentences = [];
  for (const [first, last] of doc.sentences().out(its.span)) {
    let from = tokenStart[first];
    let to = tokenEnd[last];
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to > from) sentences.push({ start: from, end: to, entities: [] });
  }
  const entityTypes = doc.entities().out(its.type);
  doc.entities().out(its.span).forEach(([first, last], k) => {
    const ent = { type: entityTypes[k], start: tokenStart[first], end: tokenEnd[last], text: "" };
    ent.text = text.slice(ent.start, ent.end);
    const i = lastSentenceStartingBy(sentences, ent.start);
    if (ent.end <= sentences[i]?.end) sentences[i].entities.push(ent);
  });
  return sentences;
}
function lastSentenceStartingBy(sentences, at) {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (sentences[mid].start > at) hi = mid - 1;
    else lo = mid;
  }
  return lo;
}
function countSentencesAndEntities(text) {
  const doc = nlp.readDoc(text);
  return { sentences: doc.sentences().length(), entities: doc.entities().length() };
}

// pipeline/ingest/annotate.ts
var NLP_PIECE = 5e5;
var PIECE_OVERLAP = 5e3;
function pieceEnd(text, at) {
  if (at >= text.length) return text.length;
  const nl = text.indexOf("\n", at);
  return nl < 0 ? text.length : nl + 1;
}
function sameSentence(a, b) {
  if (a.start !== b.start || a.end !== b.end || a.entities.length !== b.entities.length) return false;
  return a.entities.every((e, i) => {
    const f = b.entities[i];
    return e.type === f.type && e.start === f.start && e.end === f.end && e.text === f.text;
  });
}
function annotateText(text, piece = NLP_PIECE, overlap = PIECE_OVERLAP) {
  return text.length > piece && annotateInPieces(text, piece, overlap) || annotateBlock(text, 0, text.length);
}
function annotateInPieces(text, piece, overlap) {
  const out = [];
  let from = 0;
  let toConfirm = [];
  for (; ; ) {
    const to = pieceEnd(text, from + piece);
    const found = annotateBlock(text, from, to);
    if (!toConfirm.every((s, i) => found[i] && sameSentence(s, found[i]))) return null;
    if (to === text.length) return out.concat(found);
    const safeEnd = to - overlap / 2;
    let cut = found.length - 1;
    while (cut > 0 && !(found[cut].start <= to - overlap && found[cut].end <= safeEnd)) cut--;
    if (cut < 1) return null;
    for (let i = 0; i < cut; i++) out.push(found[i]);
    toConfirm = found.slice(cut).filter((s) => s.end <= safeEnd);
    from = found[cut].start;
  }
}

// pipeline/lib/text.ts
function codePointLength(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

// pipeline/ingest/validate.ts
import { lstatSync, readFileSync as readFileSync3, realpathSync, statSync } from "node:fs";
import { join as join3, relative, isAbsolute } from "node:path";

// pipeline/lib/schema.ts
var import_ajv = __toESM(require_ajv(), 1);
import { readFileSync as readFileSync2 } from "node:fs";
import { fileURLToPath } from "node:url";
import { join as join2 } from "node:path";
var schemasDir = fileURLToPath(new URL("../../schemas/", import.meta.url));
function loadSchema(name) {
  return JSON.parse(readFileSync2(join2(schemasDir, `${name}.schema.json`), "utf8"));
}
var ajv;
function getAjv() {
  if (!ajv) {
    ajv = new import_ajv.Ajv({ allErrors: true, strict: true });
    ajv.addKeyword("x-table");
    ajv.addKeyword("x-unit");
  }
  return ajv;
}
var validators = /* @__PURE__ */ new Map();
function validatorFor(name) {
  let v = validators.get(name);
  if (!v) {
    v = getAjv().compile(loadSchema(name));
    validators.set(name, v);
  }
  return v;
}

// pipeline/ingest/encoding.ts
function firstInvalidUtf8Byte(bytes) {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const c = bytes[i];
    if (c < 128) {
      i++;
      continue;
    }
    let need;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) need = 1;
    else if (c >= 224 && c <= 239) {
      need = 2;
      if (c === 224) lo = 160;
      if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      need = 3;
      if (c === 240) lo = 144;
      if (c === 244) hi = 143;
    } else return i;
    if (i + need >= n || bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
    for (let k = 2; k <= need; k++) if (bytes[i + k] < 128 || bytes[i + k] > 191) return i;
    i += need + 1;
  }
  return -1;
}
function lineOfByte(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}
function utf16Kind(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) return "UTF-16 text (it starts with a UTF-16 byte-order mark)";
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  return Math.max(evenZeros, oddZeros) >= pairs * 0.3 && Math.min(evenZeros, oddZeros) <= pairs * 0.05 ? "UTF-16 text without a byte-order mark (a zero byte in every other byte)" : null;
}
function looksLikeLatin1(bytes, badByte) {
  const c = bytes[badByte];
  return c >= 160 && (badByte + 1 >= bytes.length || bytes[badByte + 1] < 128);
}
function decodeWellFormedUtf8(bytes) {
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
}

// pipeline/ingest/characters.ts
var refusedInText = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/gu;
var refusedInLine = /[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/gu;
var visible = /[\p{L}\p{N}\p{P}\p{S}]/u;
function refusedCharacters(text, lineBreaksAllowed, limit = 3) {
  const re = lineBreaksAllowed ? refusedInText : refusedInLine;
  const first = [];
  let count = 0;
  for (const m of text.matchAll(re)) {
    if (count++ < limit) first.push({ index: m.index, codePoint: m[0].codePointAt(0) });
  }
  return { first, count };
}
function hasVisibleText(text) {
  return visible.test(text);
}
function describeCodePoint(cp) {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  if (cp >= 55296 && cp <= 57343) return `${hex} (half of a surrogate pair)`;
  if (cp <= 31 || cp >= 127 && cp <= 159) return `${hex} (a control character)`;
  return `${hex} (a non-character)`;
}
function lineAndColumn(text, index) {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) line++;
  return `line ${line}, column ${[...before.slice(lineStart)].length + 1}`;
}
function describeRefused(text, found, withPosition) {
  const listed = found.first.map((r) => `${describeCodePoint(r.codePoint)}${withPosition ? ` at ${lineAndColumn(text, r.index)}` : ""}`);
  const more = found.count - found.first.length;
  return `${listed.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

// pipeline/ingest/dates.ts
var YEARS = { first: 1900, last: 2100 };
var SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function calendarDateProblem(value) {
  const m = SHAPE.exec(value);
  if (!m) return "not written as year-month-day with digits";
  const [year, month, day] = [Number(m[1]), m[2] === void 0 ? null : Number(m[2]), m[3] === void 0 ? null : Number(m[3])];
  if (year < YEARS.first || year > YEARS.last) return `year ${year} is outside ${YEARS.first}\u2013${YEARS.last}`;
  if (month !== null && (month < 1 || month > 12)) return `month ${m[2]} does not exist`;
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return `${year}-${m[2]} has no day ${m[3]}`;
  return null;
}

// pipeline/ingest/validate.ts
var MAX_CELL = 32767;
var MAX_ID = 120;
var articleIdPattern = /^[a-z0-9][a-z0-9._-]*$/;
function formatProblem(p) {
  return messages.inputProblem(p.file, p.field, p.found, p.expected);
}
var InputProblems = class extends PipelineError {
  constructor(problems) {
    super(messages.inputProblems(problems));
    this.problems = problems;
  }
  problems;
};
function throwIfProblems(problems) {
  if (problems.length) throw new InputProblems(problems.map(formatProblem));
}
function idProblems(id, file) {
  if (!articleIdPattern.test(id)) return [{ file, field: "file name", found: JSON.stringify(id), expected: messages.expectedIdName() }];
  if (id.length > MAX_ID) return [{ file, field: "file name", found: `an id of ${id.length} characters`, expected: messages.expectedShortId(MAX_ID) }];
  return [];
}
function kindOf(stats) {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}
function isInside(path, dir2) {
  const rel = relative(dir2, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}
function readSourceFile(file, sourcesDir) {
  const problem = (found, expected) => ({ problems: [{ file, field: "file", found, expected }] });
  try {
    if (lstatSync(file).isSymbolicLink()) {
      const target = realpathSync(file);
      if (!isInside(target, realpathSync(sourcesDir))) return problem(`a symbolic link to ${target}, outside the sources folder`, messages.expectedInsideSources(sourcesDir));
    }
    const stats = statSync(file);
    if (!stats.isFile()) return problem(kindOf(stats), messages.expectedRegularFile());
    return { bytes: readFileSync3(file), problems: [] };
  } catch (error) {
    const code = error.code;
    if (code === "EACCES" || code === "EPERM") return problem("a file the pipeline has no permission to read", messages.expectedReadable());
    if (code === "ENOENT") return problem("a symbolic link to a file that does not exist", messages.expectedRegularFile());
    if (code === "ELOOP") return problem("a symbolic link that loops", messages.expectedRegularFile());
    throw error;
  }
}
function decodeSourceBytes(bytes, file, field) {
  const utf16 = utf16Kind(bytes);
  if (utf16) return { problems: [{ file, field, found: utf16, expected: messages.expectedUtf8() }] };
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad === -1) return { text: decodeWellFormedUtf8(bytes), problems: [] };
  const hint = looksLikeLatin1(bytes, bad) ? ", which looks like Latin-1 or Windows-1252" : "";
  const found = `bytes that are not UTF-8 (first bad byte: 0x${bytes[bad].toString(16).toUpperCase().padStart(2, "0")} at byte ${bad}, line ${lineOfByte(bytes, bad)}${hint})`;
  return { problems: [{ file, field, found, expected: messages.expectedUtf8() }] };
}
function textProblems(text, file) {
  const problems = [];
  if (!hasVisibleText(text)) {
    problems.push({ file, field: "text", found: text.trim() ? "only invisible characters (such as zero-width spaces)" : "no text at all", expected: messages.expectedVisibleText() });
  }
  const refused = refusedCharacters(text, true);
  if (refused.count) problems.push({ file, field: "text", found: describeRefused(text, refused, true), expected: messages.expectedCleanText(true) });
  return problems;
}
var ONE_LINE_FIELDS = /* @__PURE__ */ new Set(["title", "published", "author", "publisher", "url", "language"]);
function stringProblems(value, path, file, out) {
  if (typeof value === "string") {
    const refused = refusedCharacters(value, !ONE_LINE_FIELDS.has(path));
    if (refused.count) out.push({ file, field: path, found: describeRefused(value, refused, false), expected: messages.expectedCleanText(!ONE_LINE_FIELDS.has(path)) });
    if (value.length > MAX_CELL) out.push({ file, field: path, found: `${value.length} characters`, expected: messages.expectedShortField() });
  } else if (Array.isArray(value)) value.forEach((v, i) => stringProblems(v, `${path}[${i}]`, file, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) stringProblems(v, path ? `${path}.${k}` : k, file, out);
}
var shown = (v) => typeof v === "string" ? quoteVisibly(v) : `${JSON.stringify(v)} (not text)`;
function fieldProblems(meta, file) {
  const problems = [];
  const add = (field, found, expected) => problems.push({ file, field, found, expected });
  if (!("title" in meta)) add("title", "no title", messages.expectedTitle());
  else if (typeof meta.title !== "string" || !hasVisibleText(meta.title)) add("title", typeof meta.title === "string" && meta.title ? `${shown(meta.title)} (no visible character)` : shown(meta.title), messages.expectedTitle());
  if (!("published" in meta)) add("published", "no publication date", messages.expectedDate());
  else {
    const problem = typeof meta.published === "string" ? calendarDateProblem(meta.published) : "not text";
    if (problem) add("published", `${shown(meta.published)}${problem === "not text" ? "" : ` (${problem})`}`, messages.expectedDate());
  }
  if ("retrieved" in meta) {
    const problem = typeof meta.retrieved === "string" ? calendarDateProblem(meta.retrieved) : "not text";
    if (problem) add("retrieved", `${shown(meta.retrieved)}${problem === "not text" ? "" : ` (${problem})`}`, messages.expectedRetrieved());
  }
  if ("url" in meta && meta.url !== null) {
    const problem = typeof meta.url === "string" ? urlProblem(meta.url) : "not text";
    if (problem) add("url", `${shown(meta.url)}${problem === "not text" ? "" : ` (${problem})`}`, messages.expectedUrl());
  }
  for (const field of ["author", "publisher", "terms"]) {
    if (field in meta && typeof meta[field] !== "string") add(field, shown(meta[field]), messages.expectedString());
  }
  if ("language" in meta && (typeof meta.language !== "string" || !isLanguageTag(meta.language))) add("language", shown(meta.language), messages.expectedLanguage());
  return problems;
}
function quoteVisibly(value) {
  const cut = value.length > 60 ? `${value.slice(0, 60)}\u2026` : value;
  return `"${cut.replace(/(?! )[\p{Cc}\p{Cf}\p{Z}\p{Cs}\p{Noncharacter_Code_Point}]/gu, (c) => `\\u{${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}}`)}"`;
}
function urlProblem(value) {
  if (/\s/.test(value)) return "it contains spaces or line breaks";
  let url;
  try {
    url = new URL(value);
  } catch {
    return value.startsWith("\\\\") ? "a Windows network (UNC) path" : "not an absolute web address";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return `a ${url.protocol.replace(/:$/, "")}: link, which the workbook would make clickable`;
  if (!url.hostname) return "no host name";
  if (url.username || url.password) return "a user name or password in the address";
  return null;
}
function isLanguageTag(value) {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
function checkMetadata(bytes, file) {
  const decoded = decodeSourceBytes(bytes, file, "encoding");
  if (decoded.text === void 0) return { problems: decoded.problems };
  const json = decoded.text.replace(/^\uFEFF/, "");
  let meta;
  try {
    meta = JSON.parse(json);
  } catch (error) {
    return { problems: [{ file, field: "JSON syntax", found: `invalid JSON (${error.message})`, expected: messages.expectedJsonObject() }] };
  }
  if (!meta || typeof meta !== "object" || Array.isArray(meta)) return { problems: [{ file, field: "(whole file)", found: Array.isArray(meta) ? "a list" : JSON.stringify(meta), expected: messages.expectedJsonObject() }] };
  const record = meta;
  const problems = fieldProblems(record, file);
  stringProblems(record, "", file, problems);
  const validate = validatorFor("article-metadata");
  if (!validate(record)) {
    const reported = new Set(problems.map((p) => p.field.split(/[.[]/)[0]));
    const fieldOf = (e) => e.instancePath.split("/")[1] ?? String(e.params?.missingProperty ?? "");
    const rest = (validate.errors ?? []).filter((e, i, all) => !reported.has(fieldOf(e)) && all.findIndex((x2) => fieldOf(x2) === fieldOf(e)) === i);
    problems.push(...rest.map((e) => schemaProblem(e, record, file)));
  }
  return { meta: record, problems };
}
function schemaProblem(error, meta, file) {
  const field = error.instancePath.split("/")[1] ?? String(error.params?.missingProperty ?? "");
  if (!field) return { file, field: "(whole file)", found: error.message ?? error.keyword, expected: messages.expectedJsonObject() };
  const value = field in meta ? shown(meta[field]) : "no value";
  if (error.keyword === "type" && error.params?.type === "string") return { file, field, found: value, expected: messages.expectedString() };
  const found = error.keyword === "pattern" ? value : `${value} (${error.message})`;
  const description = loadSchema("article-metadata").properties[field]?.description;
  return { file, field, found, expected: description ? messages.expectedAsDescribed(description) : messages.expectedPerSchema(field) };
}
function checkArticlePair(sourcesDir, id) {
  const txtPath = join3(sourcesDir, `${id}.txt`);
  const jsonPath = join3(sourcesDir, `${id}.json`);
  const exists = (p) => {
    try {
      lstatSync(p);
      return true;
    } catch {
      return false;
    }
  };
  const hasTxt = exists(txtPath);
  const hasJson = exists(jsonPath);
  const problems = [...idProblems(id, hasTxt ? txtPath : jsonPath)];
  if (!hasTxt) problems.push({ file: jsonPath, field: "file", found: `no ${txtPath} beside it`, expected: messages.expectedPair(txtPath) });
  if (!hasJson) problems.push({ file: txtPath, field: "file", found: `no ${jsonPath} beside it`, expected: messages.expectedPair(jsonPath) });
  const txt = hasTxt ? readSourceFile(txtPath, sourcesDir) : { problems: [] };
  const json = hasJson ? readSourceFile(jsonPath, sourcesDir) : { problems: [] };
  problems.push(...txt.problems, ...json.problems);
  const decoded = txt.bytes ? decodeSourceBytes(txt.bytes, txtPath, "encoding") : { problems: [] };
  problems.push(...decoded.problems);
  if (decoded.text !== void 0) problems.push(...textProblems(decoded.text, txtPath));
  const meta = json.bytes ? checkMetadata(json.bytes, jsonPath) : { problems: [] };
  problems.push(...meta.problems);
  if (problems.length || !txt.bytes || decoded.text === void 0 || !meta.meta) return { problems };
  return { pair: { bytes: txt.bytes, text: decoded.text, meta: meta.meta, txtPath, jsonPath }, problems };
}
function readCheckedPair(sourcesDir, id) {
  const { pair, problems } = checkArticlePair(sourcesDir, id);
  throwIfProblems(problems);
  return pair;
}
function sentenceProblems(text, sentences, file) {
  return sentences.filter((s) => s.end - s.start > MAX_CELL).map((s) => ({ file, field: "text", found: `a sentence of ${s.end - s.start} characters at ${lineAndColumn(text, s.start)}`, expected: messages.expectedShortSentence() }));
}

// pipeline/lib/layout.ts
var ITEM_START = /^(?:[•·▪●◦‣*]|[-–—](?=\s)|\d{1,2}[.)]\s|(?:(?:\d{1,2}\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:\d{1,2},?\s+)?)?(?:1[89]|20)\d\d\s*(?:[-–—:|]|\.\s))/u;
var SENTENCE_END = /[.!?]["”’)]?$/u;
function linesOf(text, start, end) {
  const out = [];
  for (const m of text.slice(start, end).matchAll(/[^\r\n]+/g)) {
    const raw = m[0];
    if (!raw.trim()) continue;
    const s = start + m.index + (raw.length - raw.trimStart().length);
    out.push([s, s + raw.trim().length]);
  }
  return out;
}
function layoutSpans(text, start, end, isFurniture = () => false) {
  const lines = linesOf(text, start, end);
  if (lines.length < 2) return [[start, end]];
  const width = Math.max(...lines.map(([s, e]) => e - s));
  const short = (l) => width < 50 || l[1] - l[0] < width * 0.6;
  const out = [];
  let from = lines[0][0];
  for (let i = 1; i < lines.length; i++) {
    const prev = text.slice(lines[i - 1][0], lines[i - 1][1]);
    const line = text.slice(lines[i][0], lines[i][1]);
    const startsAnew = /^[\p{Lu}\d"“'‘(•·▪*–—-]/u.test(line);
    const cut = ITEM_START.test(line) || isFurniture(line) || isFurniture(prev) || startsAnew && (short(lines[i - 1]) && !/[,;]$/.test(prev) || SENTENCE_END.test(prev));
    if (cut) {
      out.push([from, lines[i - 1][1]]);
      from = lines[i][0];
    }
  }
  out.push([from, lines[lines.length - 1][1]]);
  return out;
}
var startsItem = (block) => ITEM_START.test(block);

// pipeline/ingest.ts
var referenceDir = process.env.REFERENCE_DIR ?? new URL("../sources/reference/", import.meta.url).pathname;
var compiled;
function boilerplateRules() {
  if (!compiled) {
    const raw = readJsonFile(join4(referenceDir, "boilerplate.json"), "boilerplate rules");
    compiled = { boilerplate: raw.boilerplate.map((p) => new RegExp(p, "iu")), byline: raw.byline.map((p) => new RegExp(p, "u")) };
  }
  return compiled;
}
function paragraphSpans(text) {
  const spans = [];
  const re = /[^\r\n]+(?:\r?\n[ \t]*[^\s][^\r\n]*)*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (raw.trim()) spans.push([m.index + lead, m.index + raw.length - trail]);
  }
  return spans;
}
var normaliseTitle = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
var lastTitle;
function normalisedTitle(title) {
  if (lastTitle?.title !== title) lastTitle = { title, normalised: normaliseTitle(title) };
  return lastTitle.normalised;
}
function isTitleText(paragraph, normalised) {
  if (!/^[\x00-\x7f]*$/.test(paragraph)) return normaliseTitle(paragraph) === normalised;
  let at = 0;
  let gap = false;
  for (let i = 0; i < paragraph.length; i++) {
    let c = paragraph.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (!(upper || c >= 97 && c <= 122 || c >= 48 && c <= 57)) {
      gap = true;
      continue;
    }
    if (gap && at > 0 && normalised.charCodeAt(at++) !== 32) return false;
    gap = false;
    if (upper) c += 32;
    if (normalised.charCodeAt(at++) !== c) return false;
  }
  return at === normalised.length;
}
function classifyBlock(paragraph, index, meta, rules) {
  if (index < 12 && isTitleText(paragraph, normalisedTitle(meta.title))) return "title";
  if (rules.boilerplate.some((re) => re.test(paragraph))) return "boilerplate";
  const byAuthor = meta.author && new RegExp(`^by\\s+${meta.author.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "iu").test(paragraph);
  if (byAuthor || rules.byline.some((re) => re.test(paragraph) && paragraph.length < 300)) return "byline";
  const words = paragraph.split(/\s+/, 9).length;
  if (words <= 8 && !/[.!?:;,"”]$/.test(paragraph) && !/\n/.test(paragraph) && !startsItem(paragraph)) return "heading";
  return "body";
}
var repositoryRoot = resolve(new URL("..", import.meta.url).pathname);
function displayPath(file) {
  const root = repositoryRoot;
  const abs = resolve(file);
  const rel = relative2(root, abs);
  return rel.startsWith("..") || isAbsolute2(rel) ? basename2(abs) : rel;
}
function sentencesInBlocks(sentences, blocks) {
  const out = [];
  let first = 0;
  for (const s of sentences) {
    while (first < blocks.length && blocks[first].end <= s.start) first++;
    for (let index = first; index < blocks.length && blocks[index].start < s.end; index++) {
      const b = blocks[index];
      if (b.kind !== "body" && b.kind !== "title" || b.end <= s.start) continue;
      const start = Math.max(s.start, b.start);
      const end = Math.min(s.end, b.end);
      out.push({ start, end, entities: s.entities.filter((e) => e.start >= start && e.end <= end), block: index });
    }
  }
  return out;
}
function ingestArticle(sourcesDir, id) {
  const txtPath = join4(sourcesDir, `${id}.txt`);
  const checked = readCheckedPair(sourcesDir, id);
  const { bytes, text } = checked;
  const meta = checked.meta;
  const rules = boilerplateRules();
  const blocks = [];
  let afterByline = false;
  const isFurniture = (line) => rules.boilerplate.some((re) => re.test(line));
  paragraphSpans(text).flatMap(([start, end]) => layoutSpans(text, start, end, isFurniture)).forEach(([start, end], i) => {
    let kind = classifyBlock(text.slice(start, end), i, meta, rules);
    if (kind === "byline") afterByline = true;
    else if (afterByline && kind !== "body") kind = "boilerplate";
    blocks.push({ kind, start, end });
  });
  const sentences = sentencesInBlocks(annotateText(text), blocks);
  throwIfProblems(sentenceProblems(text, sentences, txtPath));
  return {
    source_id: id,
    path: displayPath(txtPath),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    characters: codePointLength(text),
    meta,
    text,
    blocks,
    sentences
  };
}
if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage("ingest", () => {
    const [sourcesDir, id, out] = process.argv.slice(2);
    writeJsonAtomic(out, ingestArticle(sourcesDir, id));
  });
}

// pipeline/extract.ts
import { basename as basename3, dirname as dirname2 } from "node:path";

// pipeline/extract/reference.ts
import { existsSync as existsSync2 } from "node:fs";
var referenceDir2 = process.env.REFERENCE_DIR ? process.env.REFERENCE_DIR.replace(/\/?$/, "/") : new URL("../../sources/reference/", import.meta.url).pathname;
function table(file, key) {
  const path = referenceDir2 + file;
  const data = readJsonFile(path, "reference data");
  if (!Array.isArray(data[key])) throw new PipelineError(messages.invalidReference(path, `expected an array "${key}"`));
  return { rows: data[key], source: data.source };
}
function describeSource(source) {
  if (typeof source === "string") return source;
  if (source && typeof source === "object" && "name" in source) return String(source.name);
  return "sources/reference/exchange-rates.json";
}
function loadPeople() {
  const arr = (v) => Array.isArray(v) ? v : [];
  const read = (file) => table(file, "people").rows.map((p) => ({ ...p, variants: arr(p.variants), short: arr(p.short), roles: p.roles ?? [] }));
  const curated = read("people.json");
  const generated = existsSync2(referenceDir2 + "people-phoenix.json") ? read("people-phoenix.json") : [];
  const ids2 = new Set(curated.map((p) => p.id));
  const claimed = new Set(curated.flatMap((p) => [...p.variants, ...p.short]).map((v) => v.toLowerCase()));
  const merged = [...curated];
  for (const p of generated) {
    if (ids2.has(p.id)) continue;
    const variants = p.variants.filter((v) => !claimed.has(v.toLowerCase()));
    if (variants.length === 0) continue;
    const short = p.short.filter((v) => !claimed.has(v.toLowerCase()));
    for (const v of [...variants, ...short]) claimed.add(v.toLowerCase());
    ids2.add(p.id);
    merged.push({ ...p, name: variants.includes(p.name) ? p.name : variants[0], variants, short });
  }
  return merged;
}
var cached;
function loadReference() {
  if (cached) return cached;
  const arr = (v) => Array.isArray(v) ? v : [];
  const countries = table("countries.json", "countries").rows.map((c) => ({
    ...c,
    names: arr(c.names),
    adjectives: arr(c.adjectives),
    prefixes: arr(c.prefixes),
    metonyms: arr(c.metonyms)
  }));
  const people2 = loadPeople();
  const organisations = table("organisations.json", "organisations").rows.map((o) => ({ ...o, variants: arr(o.variants) }));
  const places2 = table("places.json", "places").rows.map((p) => ({ ...p, variants: arr(p.variants) }));
  const currencies = table("currencies.json", "currencies").rows.map((c) => ({ ...c, names: arr(c.names), symbols: arr(c.symbols) }));
  const rates = table("exchange-rates.json", "rates");
  const rateSources = readJsonFile(referenceDir2 + "exchange-rates.json", "reference data").sources ?? {};
  const citedRates = rates.rows.map((r) => r.source && rateSources[r.source] ? { ...r, citation: rateSources[r.source].name } : r);
  const triggerFile = readJsonFile(referenceDir2 + "triggers.json", "trigger lexicon");
  const triggers = triggerFile.triggers.map((t) => {
    try {
      const pattern = spacesAsWhitespace(t.pattern);
      return { ...t, regex: new RegExp(pattern, "gi"), lowerRegex: new RegExp(pattern, "g") };
    } catch (error) {
      throw new PipelineError(messages.invalidReference(referenceDir2 + "triggers.json", `pattern of ${t.category}/${t.subtype}: ${error.message}`));
    }
  });
  const lexicon = readJsonFile(referenceDir2 + "lexicon.json", "lexicon");
  const nameOrigins = table("name-origins.json", "origins").rows;
  cached = {
    countries,
    people: people2,
    organisations,
    places: places2,
    currencies,
    rates: citedRates,
    rateSource: describeSource(rates.source),
    triggers,
    categories: triggerFile.categories,
    lexicon,
    nameOrigins,
    countryByCode: new Map(countries.map((c) => [c.code, c]))
  };
  return cached;
}
function spacesAsWhitespace(pattern) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      out += ch + (pattern[++i] ?? "");
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "]") inClass = false;
    if (ch === " " && !inClass) out += /[?*+{]/.test(pattern[i + 1] ?? "") ? "\\s" : "\\s+";
    else out += ch;
  }
  return out;
}
var escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function phraseRegex(phrases, flags = "giu") {
  const alts = [...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegex(p).replace(/ /g, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, flags);
}
function withoutContaining(words) {
  const unique = [...new Set(words)];
  return unique.filter((w) => !unique.some((v) => v !== w && w.includes(v)));
}
function matchesOf(re, s) {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern, as matchAll does: /${re.source}/${re.flags}`);
  const from = re.lastIndex;
  const out = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === "") re.lastIndex = nextIndex(s, re.lastIndex, re.unicode || /v/.test(re.flags));
  }
  re.lastIndex = from;
  return out;
}
function nextIndex(s, i, unicode) {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 55296 && c <= 56319 && d >= 56320 && d <= 57343 ? i + 2 : i + 1;
}

// pipeline/extract/plausibility.ts
import { existsSync as existsSync3 } from "node:fs";
function loadCandidateModel(referenceDir3) {
  const path = `${referenceDir3}candidate-model.json`;
  return existsSync3(path) ? readJsonFile(path, "candidate model") : null;
}
var bucket = (n, edges) => {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? `>${edges[edges.length - 1]}` : `\u2264${edges[i]}`;
};
function wordsOf(passage) {
  const lower = passage.toLowerCase();
  const words = lower.match(/\p{L}[\p{L}\p{M}'’-]*|\d[\d.,]*/gu) ?? [];
  const curly = lower.includes("\u2019");
  for (let i = 0; i < words.length; i++) {
    const first = words[i].charCodeAt(0);
    if (first >= 48 && first <= 57) words[i] = "#num";
    else if (curly) words[i] = words[i].replace(/’/g, "'");
  }
  return words;
}
var factKey = (c) => `${c.category}|${c.actor_1}|${c.actor_2}`;
var countCache = /* @__PURE__ */ new WeakMap();
function countsOf(ctx) {
  let counts = countCache.get(ctx);
  if (!counts) {
    counts = { bySentence: /* @__PURE__ */ new Map(), byFact: /* @__PURE__ */ new Map() };
    for (const o of ctx.candidates) {
      counts.bySentence.set(o.sentence, (counts.bySentence.get(o.sentence) ?? 0) + 1);
      counts.byFact.set(factKey(o), (counts.byFact.get(factKey(o)) ?? 0) + 1);
    }
    countCache.set(ctx, counts);
  }
  return counts;
}
var TRAITS = ["cat", "sub", "rule", "trigger", "basis", "cat\xD7basis", "precision", "age", "actor2", "pair", "countries", "third", "block", "position", "genre", "money", "cat\xD7money", "person", "same_sentence", "repeated", "length"];
function candidateTraits(c, ctx, quote) {
  const f = ctx.facts[c.sentence];
  const basis = c.date?.value ? c.date.basis : "undated";
  const pubYear = Number(ctx.published.slice(0, 4));
  const age = c.date?.value ? pubYear - Number(c.date.value.slice(0, 4)) : null;
  const countries = new Set((f?.mentions ?? []).filter((m) => m.country && m.kind !== "organisation").map((m) => m.country));
  const actors = [c.actor_1, c.actor_2].filter(Boolean);
  const pair = ctx.focus.slice(0, 2);
  const counts = countsOf(ctx);
  const sameSentence2 = counts.bySentence.get(c.sentence) ?? 0;
  const repeated = (counts.byFact.get(factKey(c)) ?? 1) - 1;
  const trigger = ctx.text.slice(c.trigger[0], c.trigger[1]).toLowerCase().replace(/\s+/g, " ");
  const block = f ? ctx.blockKinds[f.block] ?? "body" : "body";
  return [
    c.category,
    `${c.category}/${c.subtype}`,
    c.rule ?? c.category,
    trigger,
    basis,
    `${c.category}|${basis}`,
    c.date?.value ? String(c.date.precision) : "none",
    age === null ? "none" : age < 0 ? "future" : bucket(age, [0, 1, 5, 15]),
    c.actor_2 ? "named" : "none",
    actors.length === 2 && actors.every((a) => pair.includes(a)) ? "focus" : actors.some((a) => !ctx.focus.includes(a)) ? "outside" : "partial",
    bucket(countries.size, [0, 1, 2]),
    [...countries].some((k) => !actors.includes(k)) ? "yes" : "no",
    block,
    bucket(f?.index ?? 0, [0, 2, 9, 30]),
    ctx.genre || "none",
    f?.money.length ? "yes" : "no",
    `${c.category}|${f?.money.length ? "yes" : "no"}`,
    f?.mentions.some((m) => m.kind === "person") ? "yes" : "no",
    bucket(sameSentence2, [1, 2]),
    bucket(repeated, [0, 2]),
    bucket(quote.length, [80, 160, 300])
  ];
}
function candidatePlausibility(model2, c, ctx) {
  const { traits, words } = weightsOf(model2);
  const quote = ctx.text.slice(c.quote[0], c.quote[1]);
  let z = model2.bias;
  const values = candidateTraits(c, ctx, quote);
  for (let i = 0; i < values.length; i++) z += traits[i].get(values[i]) ?? 0;
  const call = ++calls;
  for (const w of wordsOf(quote)) {
    const word = words.get(w);
    if (!word || word.mark === call) continue;
    word.mark = call;
    z += word.weight;
  }
  return 1 / (1 + Math.exp(-z));
}
function weightsOf(model2) {
  let maps = weightMaps.get(model2);
  if (!maps) {
    const weights = new Map(Object.entries(model2.weights));
    const words = /* @__PURE__ */ new Map();
    const traits = TRAITS.map(() => /* @__PURE__ */ new Map());
    for (const [name, weight] of weights) {
      if (name.startsWith("w:")) words.set(name.slice(2), { weight, mark: 0 });
      const colon = name.indexOf(":");
      const kind = TRAITS.indexOf(name.slice(0, colon));
      if (colon > 0 && kind >= 0) traits[kind].set(name.slice(colon + 1), weight);
    }
    weightMaps.set(model2, maps = { weights, words, traits });
  }
  return maps;
}
var weightMaps = /* @__PURE__ */ new WeakMap();
var calls = 0;
function plausibleCandidates(candidates, ctx, model2, explain) {
  if (!model2) return candidates;
  return candidates.filter((c) => {
    const p = candidatePlausibility(model2, c, ctx);
    if (p >= model2.threshold) return true;
    if (explain) explain(`dropped by the candidate model (p ${p.toFixed(2)} < ${model2.threshold}): [${c.sentence}] ${c.rule ?? c.category} ${c.actor_1}\u2192${c.actor_2 ?? "\u2013"} ${c.date?.value ?? "undated"}`);
    return false;
  });
}

// pipeline/extract/sentence-model.ts
import { existsSync as existsSync4 } from "node:fs";
var PROPOSED_CATEGORIES = ["agreement", "trade", "diplomatic_relations", "cultural", "technology", "media"];
function loadSentenceModel(referenceDir3) {
  const path = `${referenceDir3}sentence-model.json`;
  return existsSync4(path) ? readJsonFile(path, "sentence model") : null;
}
function sentenceTraits(index, ctx) {
  const f = ctx.facts[index];
  const focus = ctx.focus.slice(0, 2);
  const countries = new Set(f.mentions.filter((m) => m.country && m.kind !== "organisation").map((m) => m.country));
  return [
    `block:${ctx.blockKinds[f.block] ?? "body"}`,
    `genre:${ctx.genre || "none"}`,
    `pair:${focus.filter((c) => countries.has(c)).length}`,
    `third:${[...countries].some((c) => !focus.includes(c)) ? "yes" : "no"}`,
    `dated:${f.dates.some((d) => d.value && d.basis === "explicit") ? "explicit" : f.dates.some((d) => d.value) ? "relative" : "no"}`,
    `money:${f.money.length ? "yes" : "no"}`,
    `percent:${f.percents.length ? "yes" : "no"}`,
    `person:${f.mentions.some((m) => m.kind === "person") ? "yes" : "no"}`,
    `organisation:${f.mentions.some((m) => m.kind === "organisation") ? "yes" : "no"}`
  ];
}
var calls2 = 0;
var weightIndex = /* @__PURE__ */ new WeakMap();
function indexOf(model2) {
  let index = weightIndex.get(model2);
  if (!index) {
    const categories = Object.keys(model2.categories);
    const weights = /* @__PURE__ */ new Map();
    categories.forEach((c, i) => {
      for (const [name, w] of Object.entries(model2.categories[c].weights)) {
        if (!weights.has(name)) weights.set(name, new Float64Array(categories.length));
        weights.get(name)[i] = w;
      }
    });
    const words = /* @__PURE__ */ new Map();
    const bigrams = /* @__PURE__ */ new Map();
    for (const [name, w] of weights) {
      if (name.startsWith("w:")) words.set(name.slice(2), { w, mark: 0 });
      const pair = name.startsWith("b:") ? name.slice(2).split(" ") : [];
      if (pair.length !== 2) continue;
      if (!bigrams.has(pair[0])) bigrams.set(pair[0], /* @__PURE__ */ new Map());
      bigrams.get(pair[0]).set(pair[1], { w, mark: 0 });
    }
    index = { categories, biases: categories.map((c) => model2.categories[c].bias), weights, words, bigrams };
    weightIndex.set(model2, index);
  }
  return index;
}
function sentenceProbabilities(model2, index, ctx) {
  const { categories, biases, weights, words: wordWeights, bigrams } = indexOf(model2);
  const f = ctx.facts[index];
  const z = [...biases];
  const add = (w) => {
    for (let i = 0; i < z.length; i++) z[i] += w[i];
  };
  for (const name of sentenceTraits(index, ctx)) {
    const w = weights.get(name);
    if (w) add(w);
  }
  const words = wordsOf(ctx.text.slice(f.start, f.end));
  const call = ++calls2;
  const once = (c) => {
    if (!c || c.mark === call) return;
    c.mark = call;
    add(c.w);
  };
  for (const word of words) once(wordWeights.get(word));
  for (let i = 1; i < words.length; i++) once(bigrams.get(words[i - 1])?.get(words[i]));
  return categories.map((c, i) => [c, 1 / (1 + Math.exp(-z[i]))]);
}
function proposable(index, ctx) {
  const f = ctx.facts[index];
  const focus = ctx.focus.slice(0, 2);
  if (focus.length < 2 || (ctx.blockKinds[f.block] ?? "body") !== "body") return false;
  const countries = new Set(f.mentions.filter((m) => m.country && m.kind !== "organisation").map((m) => m.country));
  return focus.some((c) => countries.has(c)) && [...countries].every((c) => focus.includes(c));
}
function proposalDate(index, ctx) {
  const d = ctx.facts[index].dates.find((x2) => x2.value);
  if (d) return { text: d.text, value: d.value, precision: d.precision, basis: d.basis };
  return ctx.isReport && ctx.newsDate ? { ...ctx.newsDate, basis: "inferred_from_context" } : null;
}
function buildProposalRules(ref) {
  const lex = ref.lexicon;
  return {
    cameo: new Map(Object.entries(ref.categories).map(([k, c]) => [k, c.cameo])),
    datedOnly: new Set(Object.entries(ref.categories).filter(([, c]) => c.dated_only).map(([k]) => k)),
    unasserted: phraseRegex([...lex.forecast_cues, ...lex.intention_cues, ...lex.clause_wish_cues, ...lex.negations], "iu"),
    caption: new RegExp(lex.caption_marker, "u")
  };
}
function proposedCandidates(ctx, ruled, model2, rules, explain) {
  if (!model2) return [];
  const covered = new Set(ruled.map((c) => c.sentence));
  const proposals = [];
  for (const f of ctx.facts) {
    const sentence = ctx.text.slice(f.start, f.end);
    if (covered.has(f.index) || !proposable(f.index, ctx) || rules.unasserted.test(sentence) || rules.caption.test(sentence)) continue;
    const [category, p] = sentenceProbabilities(model2, f.index, ctx).filter(([c]) => PROPOSED_CATEGORIES.includes(c)).sort((a2, b2) => b2[1] - a2[1] || a2[0].localeCompare(b2[0]))[0] ?? ["", 0];
    if (p < model2.threshold) continue;
    const date = proposalDate(f.index, ctx);
    if (!date?.value && rules.datedOnly.has(category)) continue;
    const [a, b] = ctx.focus.slice(0, 2);
    if (explain) explain(`proposed by the sentence model (${category}, p ${p.toFixed(2)}): [${f.index}] ${date?.value ?? "undated"}`);
    proposals.push({ category, subtype: "unclassified", cameo: rules.cameo.get(category) ?? "", actor_1: a, actor_2: b, date, quote: [f.start, f.end], trigger: [f.start, f.end], rule: `model/${category}`, details: {}, sentence: f.index });
  }
  return proposals;
}

// pipeline/extract/gazetteer.ts
var kindRank = { organisation: 4, person: 3, place: 2, country: 1 };
var KEY_HASH_BITS = 20;
function asciiHash(text, start, end) {
  let h = 2166136261;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 16777619);
  }
  return h >>> 32 - KEY_HASH_BITS;
}
var wordChars = /[\p{L}\p{N}]+/uy;
function firstWord(text, at) {
  wordChars.lastIndex = at;
  return wordChars.exec(text)?.[0].toLowerCase() ?? "";
}
function buildGazetteer(ref) {
  const entries = [];
  const add = (surface, e) => {
    if (surface && surface.trim().length >= 2) entries.push({ surface: surface.trim(), ...e, rank: kindRank[e.kind], flexible: FLEXIBLE.test(surface.trim()), ...headOf(surface.trim()), headIndex: -1 });
  };
  for (const c of ref.countries) {
    for (const n of /* @__PURE__ */ new Set([c.name, ...c.names])) add(n, { kind: "country", id: c.code, country: c.code, form: "name" });
    for (const a of c.adjectives) add(a, { kind: "country", id: c.code, country: c.code, form: "adjective" });
    for (const p of c.prefixes) add(p, { kind: "country", id: c.code, country: c.code, form: "prefix" });
    for (const m of c.metonyms) add(m, { kind: "country", id: c.code, country: c.code, form: "metonym" });
  }
  for (const p of ref.places) for (const v of /* @__PURE__ */ new Set([p.name, ...p.variants])) add(v, { kind: "place", id: p.id, country: p.country, form: "name", subtype: p.type });
  for (const o of ref.organisations) for (const v of /* @__PURE__ */ new Set([o.name, ...o.variants])) add(v, { kind: "organisation", id: o.id, country: o.country, form: "name", subtype: o.type });
  for (const p of ref.people) {
    for (const v of /* @__PURE__ */ new Set([p.name, ...p.variants])) add(v, { kind: "person", id: p.id, country: p.country, form: "name" });
    for (const s of p.short) add(s, { kind: "person", id: p.id, country: p.country, form: "short" });
  }
  const index = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const key = firstWord(e.surface, 0);
    const bucket2 = index.get(key) ?? { entries: [], heads: [] };
    bucket2.entries.push(e);
    index.set(key, bucket2);
  }
  for (const bucket2 of index.values()) {
    bucket2.entries.sort((a, b) => b.surface.length - a.surface.length || b.rank - a.rank);
    for (const e of bucket2.entries) {
      if (!bucket2.heads.includes(e.head)) bucket2.heads.push(e.head);
      e.headIndex = bucket2.heads.indexOf(e.head);
    }
  }
  const roleTitle = new RegExp(`${phraseRegex(ref.lexicon.role_titles, "u").source}\\s*$`, "u");
  const asciiPairs = new Uint8Array(128 * 128);
  for (const key of index.keys()) if (key.length >= 2 && key.charCodeAt(0) < 128 && key.charCodeAt(1) < 128) asciiPairs[key.charCodeAt(0) * 128 + key.charCodeAt(1)] = 1;
  const asciiKeys = new Uint8Array(1 << KEY_HASH_BITS);
  for (const key of index.keys()) if (/^[\x00-\x7f]*$/.test(key)) asciiKeys[asciiHash(key, 0, key.length)] = 1;
  return { index, roleTitle, asciiPairs, asciiKeys };
}
var isAsciiWordCode = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57;
var WORD_CHAR = /[\p{L}\p{N}]/u;
var isWordChar = (ch) => !!ch && (ch.charCodeAt(0) < 128 ? isAsciiWordCode(ch.charCodeAt(0)) : WORD_CHAR.test(ch));
var WORD_CODE_POINT = /[\p{L}\p{N}]/uy;
function wordCharLength(text, at) {
  const c = text.charCodeAt(at);
  if (c < 128) return isAsciiWordCode(c) ? 1 : 0;
  WORD_CODE_POINT.lastIndex = at;
  return WORD_CODE_POINT.test(text) ? WORD_CODE_POINT.lastIndex - at : 0;
}
function nextCodePoint(text, at) {
  const c = text.charCodeAt(at);
  if (c >= 55296 && c <= 56319 && at + 1 < text.length) {
    const d = text.charCodeAt(at + 1);
    if (d >= 56320 && d <= 57343) return at + 2;
  }
  return at + 1;
}
var APOSTROPHES = /* @__PURE__ */ new Set(["'", "\u2019", "\u2018", "\u02BC"]);
var FLEXIBLE = /[ '’‘ʼ]/;
var isSpace = (ch) => ch === " " || ch === "\n" || ch === "\r" || ch === "	" || ch === "\xA0";
function matchLength(text, at, entry) {
  const surface = entry.surface;
  if (text.startsWith(surface, at)) {
    const last2 = surface[surface.length - 1];
    return last2 === "-" || !isWordChar(text[at + surface.length]) ? surface.length : -1;
  }
  if (!entry.flexible) return -1;
  let i = at;
  for (let k = 0; k < surface.length; k++) {
    const want = surface[k];
    const got = text[i];
    if (want === " " && isSpace(got)) {
      while (isSpace(text[i])) i++;
      continue;
    }
    if (got !== want && !(APOSTROPHES.has(want) && APOSTROPHES.has(got))) return -1;
    i++;
  }
  const last = surface[surface.length - 1];
  return last === "-" || !isWordChar(text[i]) ? i - at : -1;
}
function headOf(surface) {
  const cut = surface.search(FLEXIBLE);
  if (cut < 0) return { head: surface, afterSpace: -1 };
  const next = surface[cut + 1];
  const usable = surface[cut] === " " && next !== void 0 && !isSpace(next) && !APOSTROPHES.has(next);
  return { head: surface.slice(0, cut), afterSpace: usable ? next.charCodeAt(0) : -1 };
}
var NO_HEAD = -1;
var NO_SPACE = -2;
function headState(text, at, head) {
  if (!text.startsWith(head, at)) return NO_HEAD;
  let j = at + head.length;
  if (!isSpace(text[j])) return NO_SPACE;
  while (isSpace(text[j])) j++;
  return text.charCodeAt(j);
}
var mayMatch = (e, state) => state !== NO_HEAD && (e.afterSpace < 0 || state === e.afterSpace);
var headStates = [];
function mayBeKey(text, at, end, gaz) {
  if (end - at < 2) return true;
  let a = text.charCodeAt(at);
  let b = text.charCodeAt(at + 1);
  if (a >= 128 || b >= 128) return true;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return gaz.asciiPairs[a * 128 + b] === 1;
}
var nextIsGivenName = /^ (?!(?:Visits?|Meets?|Says?|Arrives?|Calls?|Holds?|Signs?|Urges?|Hails?|Talks?|Pledges?|Backs?|Receives?|And|In|On|At|To|Of|For|With)\b)\p{Lu}\p{Ll}+\b/u;
function findMentions(text, start, end, gaz, seenPeople) {
  const found = [];
  let next = start;
  while (next < end) {
    const at = next;
    const first = text.charCodeAt(at);
    if (first < 128 && !isAsciiWordCode(first)) {
      next = at + 1;
      continue;
    }
    let n = wordCharLength(text, at);
    if (n === 0) {
      next = nextCodePoint(text, at);
      continue;
    }
    let wordEnd = at;
    let ascii = true;
    while (n > 0) {
      if (n > 1 || text.charCodeAt(wordEnd) >= 128) ascii = false;
      wordEnd += n;
      const c = text.charCodeAt(wordEnd);
      n = c < 128 ? isAsciiWordCode(c) ? 1 : 0 : wordCharLength(text, wordEnd);
    }
    next = wordEnd;
    if (!mayBeKey(text, at, wordEnd, gaz)) continue;
    if (ascii && gaz.asciiKeys[asciiHash(text, at, wordEnd)] === 0) continue;
    const bucket2 = gaz.index.get(text.slice(at, wordEnd).toLowerCase());
    if (!bucket2) continue;
    for (let h = 0; h < bucket2.heads.length; h++) headStates[h] = headState(text, at, bucket2.heads[h]);
    for (const e of bucket2.entries) {
      if (!mayMatch(e, headStates[e.headIndex])) continue;
      const length = matchLength(text, at, e);
      if (length < 0 || at + length > end) continue;
      if (e.form === "short" && !seenPeople.has(e.id) && !gaz.roleTitle.test(text.slice(Math.max(start, at - 60), at))) continue;
      if (e.form === "short" && nextIsGivenName.test(text.slice(at + length, at + length + 24))) continue;
      if (e.kind === "person" && e.form === "name") seenPeople.add(e.id);
      found.push({ kind: e.kind, id: e.id, country: e.country, form: e.form, start: at, end: at + length, subtype: e.subtype });
      next = at + length;
      break;
    }
  }
  return found;
}

// pipeline/extract/spans.ts
function within(m, s, e) {
  return m.start >= s && m.end <= e;
}
function withinClause(xs, clause) {
  return xs.filter((x2) => within(x2, clause.start, clause.end));
}
function indexUpTo(text, ch, from, last) {
  const end = Math.min(last, text.length - 1);
  for (let i = Math.max(from, 0); i <= end; i++) if (text[i] === ch) return i;
  return -1;
}
function lastIndexDownTo(text, ch, at, first) {
  for (let i = Math.min(Math.max(at, 0), text.length - 1); i >= first; i--) if (text[i] === ch) return i;
  return -1;
}
function segmentAround(text, clause, from, to) {
  const comma = indexUpTo(text, ",", to, clause.end);
  return [Math.max(clause.start, lastIndexDownTo(text, ",", from - 1, clause.start) + 1), comma < 0 ? clause.end : comma];
}
function amountNearTrigger(text, clause, trigger, money) {
  const [from, to] = segmentAround(text, clause, trigger.start, trigger.end);
  const distance = (m) => m.start >= trigger.end ? m.start - trigger.end : Math.max(0, trigger.start - m.end);
  const own = money.filter((m) => within(m, from, to));
  return firstLeast(own.length ? own : money, (a, b) => distance(a) - distance(b));
}
function isWhiteSpace(s, i) {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || c >= 9 && c <= 13 : /\s/.test(s[i]);
}
function lastWords(s, n) {
  let end = s.length;
  for (let word = 1; ; word++) {
    let start = end;
    while (start > 0 && !isWhiteSpace(s, start - 1)) start--;
    if (word === n) return s.slice(start).replace(/\s+/g, " ");
    let gap = start;
    while (gap > 0 && isWhiteSpace(s, gap - 1)) gap--;
    if (start === 0 || gap === 0) return s.replace(/\s+/g, " ");
    end = gap;
  }
}
function firstWords(s, n) {
  let start = 0;
  for (let word = 1; ; word++) {
    let end = start;
    while (end < s.length && !isWhiteSpace(s, end)) end++;
    if (word === n) return s.slice(0, end).replace(/\s+/g, " ");
    let gap = end;
    while (gap < s.length && isWhiteSpace(s, gap)) gap++;
    if (end === s.length || gap === s.length) return s.replace(/\s+/g, " ");
    start = gap;
  }
}
function sortInPlace(xs, compare) {
  if (xs.length > 16) return xs.sort(compare);
  for (let i = 1; i < xs.length; i++) {
    const x2 = xs[i];
    let j = i - 1;
    while (j >= 0 && compare(xs[j], x2) > 0) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = x2;
  }
  return xs;
}
function firstLeast(xs, compare) {
  let best;
  for (let i = 0; i < xs.length; i++) if (i === 0 || compare(xs[i], best) < 0) best = xs[i];
  return best;
}

// pipeline/extract/dates.ts
function monthOf(lex, name) {
  return lex.months[name.replace(/\.$/, "")];
}
var pad = (n) => String(n).padStart(2, "0");
var compiledRelative = /* @__PURE__ */ new WeakMap();
function relativeDateRules(lex) {
  let rules = compiledRelative.get(lex);
  if (!rules) {
    rules = lex.relative_dates.map((rel) => ({ ...rel, regex: new RegExp(`^(?:(?:([a-z.]+)|(\\d{1,2})(?:st|nd|rd|th)? ([a-z.]+)) (?:of )?)?(?:over |in |during |since )?(?:the )?${rel.pattern}$`) }));
    compiledRelative.set(lex, rules);
  }
  return rules;
}
var lastPublished;
function publicationParts(published) {
  if (lastPublished?.published !== published) lastPublished = { published, parts: published.split("-").map(Number) };
  return lastPublished.parts;
}
function parseDateExpression(expr, published, lex, frameYear) {
  const s = expr.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim().replace(/^(the|in|on|since|by|during|of|from|until|early|late|mid-?)\s+/g, "");
  const month = monthOf.bind(null, lex);
  const [pubYear, pubMonth] = publicationParts(published);
  let m;
  if (m = s.match(/^(\d{4})-(0[1-9]|1[0-2])(?:-(\d{2}))?$/)) return m[3] ? { value: `${m[1]}-${m[2]}-${m[3]}`, precision: "day", basis: "explicit" } : { value: `${m[1]}-${m[2]}`, precision: "month", basis: "explicit" };
  if (m = s.match(/^(1[89]\d\d|20\d\d)$/)) return { value: m[1], precision: "year", basis: "explicit" };
  if (m = s.match(/^(1[89]\d\d|20\d\d)\s*[–—/-]\s*((?:1[89]|20)?\d\d)$/)) return { value: m[1], precision: "year", basis: "explicit", ...yearSpanEnd(m[1], m[2]) };
  if ((m = s.match(/^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z.]+),? (\d{4})$/)) && month(m[2])) return { value: `${m[3]}-${pad(month(m[2]))}-${pad(+m[1])}`, precision: "day", basis: "explicit" };
  if ((m = s.match(/^([a-z.]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/)) && month(m[1])) return { value: `${m[3]}-${pad(month(m[1]))}-${pad(+m[2])}`, precision: "day", basis: "explicit" };
  if ((m = s.match(/^([a-z.]+),? (\d{4})$/)) && month(m[1])) return { value: `${m[2]}-${pad(month(m[1]))}`, precision: "month", basis: "explicit" };
  if ((m = s.match(/^(?:the )?([a-z]+) (?:of )?(\d{4})$/)) && lex.seasons.includes(m[1])) return { value: m[2], precision: "year", basis: "explicit" };
  if (m = s.match(/^(\w+) years? ago$/)) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : lex.number_words[m[1]];
    if (n) return { value: String(pubYear - n), precision: "year", basis: "relative_to_publication" };
  }
  const pubDay = published.split("-")[2];
  if ((m = s.match(/^([a-z.]+)\s*(?:[–—-]|to)\s*([a-z.]+),? (\d{4})$/)) && month(m[1]) && month(m[2])) {
    return { value: `${m[3]}-${pad(month(m[1]))}`, precision: "month", basis: "explicit", ...monthSpanEnd(Number(m[3]), month(m[1]), month(m[2])) };
  }
  if (frameYear) {
    const dm0 = s.match(/^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z.]+)$/);
    const md0 = s.match(/^([a-z.]+) (\d{1,2})(?:st|nd|rd|th)?$/);
    const [d0, n0] = dm0 ? [dm0[1], dm0[2]] : md0 ? [md0[2], md0[1]] : [null, null];
    if (d0 && n0 && month(n0) && Number(d0) <= 31) return { value: `${frameYear}-${pad(month(n0))}-${pad(Number(d0))}`, precision: "day", basis: "inferred_from_context" };
    if ((m = s.match(/^([a-z.]+)$/)) && month(m[1]) && m[1] !== "may") return { value: `${frameYear}-${pad(month(m[1]))}`, precision: "month", basis: "inferred_from_context" };
  }
  if ((m = s.match(/^([a-z.]+)\s*[–—-]\s*([a-z.]+)$/)) && month(m[1]) && month(m[2]) && pubMonth) {
    const y = frameYear ?? (month(m[2]) <= pubMonth ? pubYear : pubYear - 1);
    return { value: `${y}-${pad(month(m[1]))}`, precision: "month", basis: frameYear ? "inferred_from_context" : "relative_to_publication", ...monthSpanEnd(y, month(m[1]), month(m[2])) };
  }
  if ((m = s.match(/^(last|this) ([a-z.]+)$/)) && month(m[2]) && pubMonth) {
    const mo = month(m[2]);
    const y = m[1] === "this" ? pubYear : mo < pubMonth ? pubYear : pubYear - 1;
    return { value: `${y}-${pad(mo)}`, precision: "month", basis: "relative_to_publication" };
  }
  if ((m = s.match(/^(?:on )?(?:last |this )?([a-z]+)$/)) && m[1] in lex.weekdays && pubMonth && !pubDay) return { value: `${pubYear}-${pad(pubMonth)}`, precision: "month", basis: "relative_to_publication" };
  if ((m = s.match(/^(?:on )?(?:last |this )?([a-z]+)$/)) && m[1] in lex.weekdays && pubDay) {
    const pub = /* @__PURE__ */ new Date(`${published}T00:00:00Z`);
    const back = (pub.getUTCDay() - lex.weekdays[m[1]] + 7) % 7;
    return { value: new Date(pub.getTime() - back * 864e5).toISOString().slice(0, 10), precision: "day", basis: "relative_to_publication" };
  }
  const dm = s.match(/^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z.]+)$/);
  const md = s.match(/^([a-z.]+) (\d{1,2})(?:st|nd|rd|th)?$/);
  const [day, name] = dm ? [dm[1], dm[2]] : md ? [md[2], md[1]] : [null, null];
  if (day && name && month(name) && pubMonth) {
    const mo = month(name);
    const y = mo * 100 + Number(day) <= pubMonth * 100 + Number(pubDay ?? 31) ? pubYear : pubYear - 1;
    return { value: `${y}-${pad(mo)}-${pad(Number(day))}`, precision: "day", basis: "relative_to_publication" };
  }
  for (const rel of relativeDateRules(lex)) {
    if (m = s.match(rel.regex)) {
      const monthName = [m[1], m[3]].find((x2) => x2 && month(x2));
      if (rel.unit === "year") {
        const y = pubYear + rel.offset;
        if (monthName && month(monthName)) {
          return m[2] ? { value: `${y}-${pad(month(monthName))}-${pad(+m[2])}`, precision: "day", basis: "relative_to_publication" } : { value: `${y}-${pad(month(monthName))}`, precision: "month", basis: "relative_to_publication" };
        }
        if (!monthName) return { value: String(y), precision: "year", basis: "relative_to_publication" };
      } else if (rel.unit === "day") {
        if (!pubDay) return pubMonth ? { value: `${pubYear}-${pad(pubMonth)}`, precision: "month", basis: "relative_to_publication" } : { value: String(pubYear), precision: "year", basis: "relative_to_publication" };
        return { value: addDays(published, rel.offset), precision: "day", basis: "relative_to_publication" };
      } else if (rel.unit === "week") {
        if (!pubDay) return pubMonth ? { value: `${pubYear}-${pad(pubMonth)}`, precision: "month", basis: "relative_to_publication" } : { value: String(pubYear), precision: "year", basis: "relative_to_publication" };
        const day2 = new Date(Date.parse(`${published}T00:00:00Z`) + rel.offset * 7 * 864e5);
        return { value: day2.toISOString().slice(0, 7), precision: "month", basis: "relative_to_publication" };
      } else if (pubMonth && !monthName) {
        const total = pubYear * 12 + (pubMonth - 1) + rel.offset;
        return { value: `${Math.floor(total / 12)}-${pad(total % 12 + 1)}`, precision: "month", basis: "relative_to_publication" };
      }
    }
  }
  if ((m = s.match(/^([a-z.]+)$/)) && month(m[1]) && pubMonth) {
    const mo = month(m[1]);
    const y = mo <= pubMonth ? pubYear : pubYear - 1;
    return { value: `${y}-${pad(mo)}`, precision: "month", basis: "relative_to_publication" };
  }
  return { value: null, precision: null, basis: "undated" };
}
function yearSpanEnd(first, last) {
  const end = last.length === 2 ? first.slice(0, 2) + last : last;
  return Number(end) > Number(first) ? { endValue: end } : {};
}
function monthSpanEnd(year, first, last) {
  if (first === last) return {};
  return { endValue: `${last < first ? year + 1 : year}-${pad(last)}` };
}
function daysBetween(a, b) {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 864e5;
}
function addDays(day, n) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
}
var rangeFinders = /* @__PURE__ */ new WeakMap();
function rangeFinder(lex) {
  let re = rangeFinders.get(lex);
  if (!re) {
    const mo = `(?:${Object.keys(lex.months).sort((a, b) => b.length - a.length).map((k) => k.length <= 4 ? `${k}\\.?` : k).join("|")})`;
    const d = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";
    const to = "\\s*(?:\u2013|\u2014|-|to|and|until|till|through)\\s*";
    const year = "(?:,?\\s+(?<y>(?:1[89]|20)\\d\\d))?";
    re = new RegExp([
      `(?<d1>${d})\\s+(?<m1>${mo})${to}(?<d2>${d})\\s+(?<m2>${mo})${year}`,
      `(?<d3>${d})${to}(?<d4>${d})\\s+(?<m3>${mo})${year.replace("<y>", "<y2>")}`,
      `(?<m4>${mo})\\s+(?<d5>${d})${to}(?<d6>${d})${year.replace("<y>", "<y3>")}`
    ].map((p) => `(?:${p})`).join("|").replace(/^/, "(?<![\\p{L}\\p{N}])(?:").concat(")(?![\\p{L}\\p{N}])"), "giu");
    rangeFinders.set(lex, re);
  }
  return re;
}
function findRanges(text, start, end, published, lex, frameYear) {
  const out = [];
  const twoNumbers = /\d[^\d]{1,40}\d/.test(text.slice(start, end));
  for (const m of twoNumbers ? matchesOf(rangeFinder(lex), text.slice(start, end)) : []) {
    const g = m.groups;
    const month1 = monthOf(lex, (g.m1 ?? g.m3 ?? g.m4).toLowerCase());
    const month2 = monthOf(lex, (g.m2 ?? g.m3 ?? g.m4).toLowerCase());
    const [d1, d2] = [g.d1 ?? g.d3 ?? g.d5, g.d2 ?? g.d4 ?? g.d6].map((x2) => parseInt(x2, 10));
    if (!month1 || !month2 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || month1 === month2 && d2 <= d1) continue;
    const written = g.y ?? g.y2 ?? g.y3;
    const s = start + m.index;
    const e = s + m[0].length;
    let value;
    let basis;
    if (written) [value, basis] = [`${written}-${pad(month1)}-${pad(d1)}`, "explicit"];
    else if (frameYear) [value, basis] = [`${frameYear}-${pad(month1)}-${pad(d1)}`, "inferred_from_context"];
    else {
      const parsed = parseDateExpression(`${d1} ${Object.keys(lex.months).find((k) => lex.months[k] === month1)}`, published, lex);
      if (!parsed.value) continue;
      [value, basis] = [parsed.value, parsed.basis];
    }
    const endYear = Number(value.slice(0, 4)) + (month2 < month1 ? 1 : 0);
    const endDay = `${endYear}-${pad(month2)}-${pad(d2)}`;
    const days = Math.round((Date.parse(`${endDay}T00:00:00Z`) - Date.parse(`${value}T00:00:00Z`)) / 864e5) + 1;
    out.push({ start: s, end: e, text: m[0], value, precision: "day", basis, ...days > 1 && days < 60 ? { days, endValue: endDay } : {} });
  }
  const slice = text.slice(start, end);
  for (const m of !/[–—-]/.test(slice) ? [] : matchesOf(/(?<=\b(?:in|from|during|between|of|for)\s+)((?:1[89]|20)\d\d)\s*[–—-]\s*((?:1[89]|20)?\d\d)(?![\p{L}\p{N}-])/giu, slice)) {
    const s = start + m.index;
    if (out.some((r) => s < r.end && r.start < s + m[0].length)) continue;
    const last = m[2].length === 2 ? Number(m[1].slice(0, 2) + m[2]) : Number(m[2]);
    if (last <= Number(m[1])) continue;
    out.push({ start: s, end: s + m[0].length, text: m[0], value: m[1], precision: "year", basis: "explicit", endValue: String(last) });
  }
  for (const m of !/q/i.test(slice) ? [] : matchesOf(/\b(?:Q([1-4])\s*(?:of\s+)?|(first|second|third|fourth|[1-4](?:st|nd|rd|th))\s+quarter\s+(?:of\s+)?)((?:1[89]|20)\d\d)\b/giu, slice)) {
    const s = start + m.index;
    if (out.some((r) => s < r.end && r.start < s + m[0].length)) continue;
    const q = m[1] ? Number(m[1]) : { first: 1, second: 2, third: 3, fourth: 4 }[m[2].toLowerCase()] ?? Number(m[2][0]);
    const first = (q - 1) * 3 + 1;
    out.push({ start: s, end: s + m[0].length, text: m[0], value: `${m[3]}-${pad(first)}`, precision: "month", basis: "explicit", endValue: `${m[3]}-${pad(first + 2)}` });
  }
  return out;
}
function mergedDateSpans(text, entities) {
  const spans = [];
  for (const e of entities) {
    const yearLike = /^(?:1[89]|20)\d\d(?:\s*[–—-]\s*(?:1[89]|20)?\d\d)?$/.test(e.text) && (/(?:\b(?:in|since|of|by|until|and|or|for|during|through|from|to)|,|^|\n|[•·▪*–—-])\s*$/i.test(text.slice(Math.max(0, e.start - 12), e.start)) || /^\s*[:–—]/.test(text.slice(e.end, e.end + 3)));
    const pointer = e.type === "DURATION" ? text.slice(e.end).match(/^\s+(?:earlier|before|later|after|ago)\b/i) : null;
    const isDate = e.type === "DATE" || e.type === "DURATION" && /\b(?:1[89]|20)\d\d\b/.test(e.text) || e.type === "CARDINAL" && yearLike || !!pointer;
    if (!isDate) continue;
    if (pointer) {
      spans.push({ start: e.start, end: e.end + pointer[0].length });
      continue;
    }
    const prev = spans[spans.length - 1];
    const gap = prev ? text.slice(prev.end, e.start) : "";
    const yearAfterComma = prev && /^\s*,\s*$/.test(gap) && /^(?:1[89]|20)\d\d$/.test(e.text) && /[a-z]\.?\s*\d{0,2}$/i.test(text.slice(prev.start, prev.end)) && !/\d{4}/.test(text.slice(prev.start, prev.end));
    const prevHasYear = prev && /\b(?:1[89]|20)\d\d\b/.test(text.slice(prev.start, prev.end));
    if (prev && !prevHasYear && (/^\s*(?:of\s+)?$/.test(gap) || yearAfterComma)) prev.end = e.end;
    else spans.push({ start: e.start, end: e.end });
  }
  return spans;
}
function isYearOfName(text, span, lex) {
  if (!/^(?:1[89]|20)\d\d$/.test(text.slice(span.start, span.end))) return false;
  const word = /(\p{Lu}[\p{L}]*)[ -]$/u.exec(text.slice(Math.max(0, span.start - 30), span.start));
  if (!word) return false;
  const w = word[1].toLowerCase();
  return !(w in lex.months) && !lex.seasons.includes(w) && !/^(?:in|on|at|by|since|from|during|until|till|of|for|through|before|after|around|late|early|mid|end|the|and|or|to|as|than|year|fiscal|fy)$/.test(w);
}
var relativeFinders = /* @__PURE__ */ new WeakMap();
function relativeFinder(lex) {
  let re = relativeFinders.get(lex);
  if (!re) {
    const months2 = Object.keys(lex.months).filter((k) => k.length > 3).join("|");
    const alternatives = [...lex.relative_dates.map((r) => r.pattern), ...lex.anaphoric_dates, `(?:last|this) (?:${months2})`, `(?:${months2})\\s*[\u2013\u2014-]\\s*(?:${months2})`, `(?:on )?(?:${Object.keys(lex.weekdays).join("|")})`];
    re = new RegExp(`\\b(?:${alternatives.join("|")})\\b`, "gi");
    relativeFinders.set(lex, re);
  }
  return re;
}
var anchorLists = /* @__PURE__ */ new WeakMap();
function relativeAnchors(lex) {
  let words = anchorLists.get(lex);
  if (!words) {
    words = withoutContaining(["year", "month", "week", "day", "yesterday", "today", "recently", ...Object.keys(lex.weekdays), ...Object.keys(lex.months).filter((k) => k.length > 3)]);
    anchorLists.set(lex, words);
  }
  return words;
}
function extraRelativeSpans(text, start, end, taken, lex) {
  const spans = [];
  const slice = text.slice(start, end);
  const lower = slice.toLowerCase();
  if (!relativeAnchors(lex).some((w) => lower.includes(w))) return spans;
  for (const m of matchesOf(relativeFinder(lex), slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (!taken.some((t) => s < t.end && t.start < e)) spans.push({ start: s, end: e });
  }
  return spans;
}
function findDates(text, entities, published, lex, sentence, frameYear) {
  const ranges = sentence ? findRanges(text, sentence.start, sentence.end, published, lex, frameYear) : [];
  const spans = mergedDateSpans(text, entities).filter((sp) => !ranges.some((r) => sp.start < r.end && r.start < sp.end) && !isYearOfName(text, sp, lex));
  if (sentence) spans.push(...extraRelativeSpans(text, sentence.start, sentence.end, [...spans, ...ranges], lex));
  sortInPlace(spans, (a, b) => a.start - b.start);
  const withPrep = (start) => {
    const before = text.slice(Math.max(0, start - 30), start);
    const prep = before.match(/\b(?:in|on|since|during|by|from|between|until|over|of|as early as|as of|before|after|most recently in)\s+(?:the\s+)?$/i);
    return prep ? start - prep[0].length : start;
  };
  const found = spans.map(({ start, end }) => {
    const exprStart = withPrep(start);
    const written = text.slice(exprStart, end);
    const the = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) ? "the " : "";
    const parsed = isAnaphoric(the + written) ? { value: null, precision: null, basis: "undated" } : parseDateExpression(text.slice(start, end), published, lex, frameYear);
    return { start: exprStart, end, text: written, ...parsed };
  });
  for (const r of ranges) {
    const exprStart = withPrep(r.start);
    found.push({ ...r, start: exprStart, text: text.slice(exprStart, r.end) });
  }
  return sortInPlace(found, (a, b) => a.start - b.start);
}
function anaphoricDate(expr, last, lex) {
  if (!last) return null;
  const s = expr.toLowerCase().replace(/\s+/g, " ").trim().replace(/^(?:in|on|during|by|of|from|later|earlier)\s+/, "").replace(/^(?:later|earlier)\s+/, "").replace(/^the\s+/, "");
  const n = (w) => /^\d+$/.test(w) ? Number(w) : w === "a" || w === "one" ? 1 : lex.number_words[w];
  const year = Number(last.slice(0, 4));
  const inferred = "inferred_from_context";
  let m;
  if (/^(?:that|same|that same) year$/.test(s)) return { value: String(year), precision: "year", basis: inferred };
  if (/^(?:following|next|subsequent) year$|^a year later$/.test(s)) return { value: String(year + 1), precision: "year", basis: inferred };
  if (/^(?:previous|preceding) year$|^year before$/.test(s)) return { value: String(year - 1), precision: "year", basis: inferred };
  if (last.length >= 7) {
    if (/^(?:that|same|that same) month$/.test(s)) return { value: last.slice(0, 7), precision: "month", basis: inferred };
    if (/^(?:following|next) month$|^a month later$/.test(s)) {
      const total = year * 12 + Number(last.slice(5, 7));
      return { value: `${Math.floor(total / 12)}-${pad(total % 12 + 1)}`, precision: "month", basis: inferred };
    }
  }
  if (last.length === 10) {
    if (/^(?:that|same|that same) day$/.test(s)) return { value: last, precision: "day", basis: inferred };
    if (/^(?:following|next) day$|^day after$/.test(s)) return { value: addDays(last, 1), precision: "day", basis: inferred };
    if (/^(?:previous|preceding) day$|^day before$/.test(s)) return { value: addDays(last, -1), precision: "day", basis: inferred };
    if ((m = s.match(/^(\w+) days? (later|after|earlier|before)$/)) && n(m[1])) return { value: addDays(last, (/later|after/.test(m[2]) ? 1 : -1) * n(m[1])), precision: "day", basis: inferred };
  }
  return null;
}
var isAnaphoric = (expr) => /^(?:(?:in|on|during|by)\s+)?(?:later\s+|earlier\s+)?(?:the\s+)?(?:following|subsequent|same|that|next\s+day)\b|^(?:in|on)?\s*the\s+next\s+(?:year|month)\b/i.test(expr.trim());
function isAfterPublication(value, published) {
  const n = Math.min(value.length, published.length);
  return value.slice(0, n) > published.slice(0, n);
}
function datesCompatible(a, b) {
  if (a === null || b === null) return a === b;
  return a.startsWith(b) || b.startsWith(a);
}
var recurrenceRuleSets = /* @__PURE__ */ new WeakMap();
function recurrenceRules(lex) {
  let rules = recurrenceRuleSets.get(lex);
  if (!rules) {
    const cues = lex.recurrence_cues ?? { annual: [], recurring: [] };
    const alt = (xs) => xs.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${xs.join("|")})(?![\\p{L}\\p{N}])`, "iu") : /(?!)/;
    const ordinals = Object.keys(lex.ordinal_words ?? {}).join("|");
    rules = {
      annual: alt(cues.annual),
      recurring: alt(cues.recurring),
      edition: new RegExp(`\\b(?:for the|the)\\s+(\\d+(?:st|nd|rd|th)|${ordinals || "second"})\\s+(?:time|edition)\\b`, "i"),
      since: /\bsince\s+((?:1[89]|20)\d\d)\b(?!\s*[–—-]\s*\d)/i
    };
    recurrenceRuleSets.set(lex, rules);
  }
  return rules;
}
var RECURRING_CATEGORIES = /* @__PURE__ */ new Set(["cultural", "technology", "media", "visit", "diplomatic_relations", "political_support", "agreement"]);
function recurringDate(clause, category, date, lex) {
  if (!RECURRING_CATEGORIES.has(category)) return null;
  const rules = recurrenceRules(lex);
  const annual = rules.annual.test(clause);
  const edition = clause.match(rules.edition);
  const editionNumber = edition ? /^\d/.test(edition[1]) ? parseInt(edition[1], 10) : lex.ordinal_words?.[edition[1].toLowerCase()] : void 0;
  const recurring = annual || rules.recurring.test(clause) || editionNumber !== void 0 && editionNumber > 1;
  if (!recurring) return null;
  const recurrence = annual ? "annual" : "recurring";
  const since = clause.match(rules.since);
  if (since) return { text: since[0], value: since[1], precision: "year", basis: "explicit", recurrence };
  if (annual && editionNumber && editionNumber > 1 && date?.value) {
    return { text: edition[0], value: String(Number(date.value.slice(0, 4)) - (editionNumber - 1)), precision: "year", basis: "inferred_from_context", recurrence };
  }
  return { ...date ?? { text: "", value: null, precision: null, basis: "undated" }, recurrence };
}
var visitEndFinders = /* @__PURE__ */ new WeakMap();
function visitEndFinder(lex) {
  let re = visitEndFinders.get(lex);
  if (!re) {
    const verbs = (lex.visit_end_verbs ?? []).join("|");
    const none = /(?!)/;
    re = verbs ? {
      before: new RegExp(`(?<![\\p{L}\\p{N}])(?:${verbs})(?:\\s+(?:to|from)?\\s*(?:the\\s+)?[\\p{Lu}][\\p{L}-]*(?:\\s+[\\p{Lu}][\\p{L}-]*)?)?(?:\\s+(?:home|back))?\\s+$`, "u"),
      after: new RegExp(`^\\s*,?\\s*(?:(?:he|she|they|the(?:\\s+[\\p{L}-]+){1,2}|[\\p{Lu}][\\p{L}-]*(?:\\s+[\\p{Lu}][\\p{L}-]*){0,2})\\s+)?(?:${verbs})(?![\\p{L}\\p{N}])(?!\\s+for\\b)`, "u")
    } : { before: none, after: none };
    visitEndFinders.set(lex, re);
  }
  return re;
}
function durationIn(clause, lex) {
  for (const pattern of lex.duration_patterns ?? []) {
    const m = clause.match(new RegExp(pattern, "iu"));
    if (!m) continue;
    if (m.groups?.week) return 7;
    const n = m.groups?.n;
    const value = n ? /^\d+$/.test(n) ? Number(n) : lex.number_words[n.toLowerCase()] : void 0;
    if (value) return value;
  }
  return null;
}
function visitStartAndEnd(text, dates, lex, clause = "") {
  const finder = visitEndFinder(lex);
  const isEnd = (d) => finder.before.test(text.slice(Math.max(0, d.start - 50), d.start)) || finder.after.test(text.slice(d.end, d.end + 40));
  const ends = dates.filter(isEnd);
  const starts = dates.filter((d) => !isEnd(d));
  const last = ends[ends.length - 1];
  const days = !starts.length && last?.precision === "day" && last.value ? durationIn(clause, lex) : null;
  if (days && days > 1) return { starts: [{ ...last, value: addDays(last.value, 1 - days), basis: "inferred_from_context" }], end: last.value };
  if (!ends.length || !starts.length) return { starts: dates, end: null };
  const first = starts[0];
  const end = ends.map((d) => d.value).filter((v) => !!v && !!first.value && v.length === first.value.length && v > first.value && Date.parse(v) - Date.parse(first.value) <= 31 * 864e5).pop() ?? null;
  return { starts, end };
}
function anniversaryYears(text, from, at) {
  const before = text.slice(from, at);
  const m = matchesOf(/\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b/gi, before).pop();
  if (!m) return null;
  const gap = before.slice(m.index + m[0].length);
  return gap.length <= 60 && !/[,;:–—]/.test(gap) ? Number(m[1]) : null;
}
var recalledPastFinders = /* @__PURE__ */ new WeakMap();
function isRecalledPast(clause, lex) {
  let re = recalledPastFinders.get(lex);
  if (!re) {
    const cues = lex.recalled_past_cues ?? [];
    re = cues.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues.join("|")})(?![\\p{L}\\p{N}])`, "iu") : /(?!)/;
    recalledPastFinders.set(lex, re);
  }
  return re.test(clause);
}

// pipeline/extract/frames.ts
var YEAR = /(?<![\p{L}\p{N}])((?:19|20)\d\d)(?![\p{L}\p{N}])/gu;
var OPENING_REACH = 25;
var TemporalFrames = class {
  constructor(article) {
    this.article = article;
  }
  article;
  headingYear = null;
  blockYear = null;
  block = -1;
  headingsSeen = 0;
  /** The year an overview's lead sets ("In 2010, relations … developed"): the frame of the whole text, when earlier than publication. */
  leadYear = null;
  sawBody = false;
  /** The frame year for a sentence, updating the heading and paragraph frames as blocks change. */
  yearFor(s, _index) {
    if (s.block !== this.block) {
      for (let b = this.block + 1; b < s.block; b++) {
        const blk = this.article.blocks[b];
        if (blk.kind !== "heading" && blk.kind !== "title") continue;
        const years = matchesOf(YEAR, this.article.text.slice(blk.start, blk.end)).map((m) => Number(m[1]));
        if (blk.kind === "heading") this.headingYear = new Set(years).size === 1 ? years[0] : null;
        this.headingsSeen++;
      }
      this.block = s.block;
      this.blockYear = null;
    }
    return this.blockYear ?? this.headingYear ?? this.leadYear;
  }
  /** The year of an explicit date the sentence opens with, or null. */
  openingYear(s, dates) {
    const opening = dates.find((d) => d.basis === "explicit" && d.value && d.start - s.start <= OPENING_REACH);
    return opening ? Number(opening.value.slice(0, 4)) : null;
  }
  /** A sentence that opens with an explicit year ("In 2013, …", "March 2013 — …") frames the rest of its paragraph. */
  noteOpening(s, _index, dates, published) {
    const year = this.openingYear(s, dates);
    if (year) this.blockYear = year;
    if (!this.sawBody && year && published && year < Number(published.slice(0, 4))) this.leadYear = year;
    if (dates.length || s.end - s.start > 80) this.sawBody = true;
  }
};
var DATELINE = /^(?:\p{Lu}[\p{Lu}\s.'’-]{1,40}(?:\([^)]{1,30}\))?,\s+)(?<date>[^,()–—-]{3,30}?)?,?\s*(?:\([^)]{2,40}\))?\s*[–—-]{1,2}\s+/u;
function datelineOf(text, s, published, lex) {
  const m = text.slice(s.start, Math.min(s.end, s.start + 90)).match(DATELINE);
  if (!m) return null;
  const parsed = m.groups?.date ? parseDateExpression(m.groups.date, published, lex) : null;
  return { end: s.start + m[0].length, published: parsed?.precision === "day" ? parsed.value : null };
}

// pipeline/extract/amounts.ts
function buildAmountRules(currencies, lex) {
  const markers = /* @__PURE__ */ new Map();
  for (const c of currencies) {
    for (const m of new Set([...c.symbols, ...c.names, c.code].filter(Boolean).map((x2) => x2.toLowerCase()))) markers.set(m, [...markers.get(m) ?? [], c.code]);
  }
  const validity = new Map(currencies.map((c) => [c.code, { from: c.valid_from, to: c.valid_to }]));
  const alt = [...markers.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join("|");
  const num = "\\d+(?:[.,]\\d+)*";
  const scale = Object.keys(lex.scale_words).sort((a, b) => b.length - a.length).map(escapeRegex).join("|");
  const pre = `(?<pre>${alt})\\s?(?<n1>${num})(?:\\s?(?<s1>${scale})(?![\\p{L}]))?`;
  const post = `(?<n2>${num})(?:\\s?(?<s2>${scale}))?\\s(?<post>${alt})(?![\\p{L}])`;
  return {
    money: new RegExp(`(?<![\\p{L}\\p{N}])(?:${pre}|${post})`, "giu"),
    ordinal: new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\d+)(?:st|nd|rd|th)|(${Object.keys(lex.ordinal_words).map(escapeRegex).join("|")}))(?![\\p{L}\\p{N}])`, "giu"),
    digit: /\d/,
    markers,
    validity,
    scales: lex.scale_words,
    numberWords: lex.number_words,
    ordinals: lex.ordinal_words
  };
}
function parseNumber(s) {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(",", "."));
  return Number(s.replace(/,/g, ""));
}
function findMoney(text, start, end, rules) {
  const out = [];
  const slice = text.slice(start, end);
  if (!rules.digit.test(slice)) return out;
  for (const m of matchesOf(rules.money, slice)) {
    const g = m.groups;
    const marker = (g.pre ?? g.post).toLowerCase();
    const n = parseNumber(g.n1 ?? g.n2);
    const sc = (g.s1 ?? g.s2)?.toLowerCase();
    const amount = Math.round(n * (sc ? rules.scales[sc] : 1) * 100) / 100;
    out.push({ start: start + m.index, end: start + m.index + m[0].length, amount, currencies: rules.markers.get(marker), text: m[0] });
  }
  return out;
}
function findPercents(text, start, end) {
  const slice = text.slice(start, end);
  if (!/\d/.test(slice)) return [];
  return matchesOf(/(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)/giu, slice).map((m) => ({
    start: start + m.index,
    end: start + m.index + m[0].length,
    value: Number(m[1]),
    text: m[0]
  }));
}
function findOrdinals(text, start, end, rules) {
  return matchesOf(rules.ordinal, text.slice(start, end)).map((m) => ({
    start: start + m.index,
    end: start + m.index + m[0].length,
    value: m[1] ? Number(m[1]) : rules.ordinals[m[2].toLowerCase()],
    text: m[0]
  }));
}
function parseCount(s, rules) {
  const t = s.toLowerCase().trim();
  if (/^\d+$/.test(t)) return Number(t);
  return rules.numberWords[t] ?? null;
}
function currencyAt(money, date, rules) {
  if (money.currencies.length === 1 || !date) return money.currencies[0];
  const inUse = money.currencies.find((code) => {
    const v = rules.validity.get(code);
    return (!v?.from || v.from.slice(0, date.length) <= date) && (!v?.to || date <= v.to.slice(0, date.length) || v.to.startsWith(date));
  });
  return inUse ?? money.currencies[0];
}

// pipeline/extract/clauses.ts
var subordinator = /^\s*(?:since|because|although|though|whereas)\b/i;
function clauseSpans(text, start, end) {
  const spans = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    else if ((ch === ";" || ch === ":") && depth === 0) {
      spans.push([from, i]);
      from = i + 1;
    } else if (ch === "," && depth === 0 && subordinator.test(text.slice(i + 1, i + 12))) {
      spans.push([from, i]);
      from = i + 1;
    }
  }
  spans.push([from, end]);
  return spans.map(([s, e]) => {
    const lead = s < e && /[\sabw]/i.test(text[s]) ? text.slice(s, e).match(/^\s*(?:(?:and|but|while|whereas)\s+)?/i)[0].length : 0;
    let stop = e;
    while (stop > s + lead && /[\s.;:,!?]/.test(text[stop - 1])) stop--;
    return [s + lead, stop];
  }).filter(([s, e]) => e - s > 3);
}
function buildMaskRules(lex) {
  const rel = lex.relative_pronouns.join("|");
  return {
    aside: new RegExp(`,\\s*(?:${rel})\\b[^,;()]*(?:,\\s*\\d{4}\\b[^,;()]*)*(?:,|$)`, "giu"),
    topic: new RegExp(`${phraseRegex(lex.topic_markers).source}[^,;]*,?`, "giu")
  };
}
function maskedClause(text, start, end, rules) {
  let masked = text.slice(start, end).replace(/["“”«»„]/g, " ");
  for (const re of [rules.aside, rules.topic]) masked = masked.replace(re, (m) => " ".repeat(m.length));
  return { start, end, masked };
}
var isMasked = (text, c, at) => c.masked.charCodeAt(at - c.start) === 32 && text[at].trim() !== "";
function asideSpans(text, start, end, rules) {
  rules.aside.lastIndex = 0;
  return matchesOf(rules.aside, text.slice(start, end)).map((m) => {
    const from = start + m.index;
    const to = from + m[0].replace(/[\s,]+$/, "").length;
    return [from, to];
  });
}

// pipeline/extract/events.ts
function keywordIndex(keywords) {
  const children = [/* @__PURE__ */ new Map()];
  const words = [void 0];
  for (const k of keywords) {
    let at = 0;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      let next = children[at].get(c);
      if (next === void 0) {
        next = children.length;
        children.push(/* @__PURE__ */ new Map());
        words.push(void 0);
        children[at].set(c, next);
      }
      at = next;
    }
    (words[at] ??= []).push(k);
  }
  const n = children.length;
  const ascii = new Int32Array(n * 128);
  const other = /* @__PURE__ */ new Map();
  const fail = new Int32Array(n);
  const ends = new Uint8Array(n);
  const order = [];
  for (const [c, child] of children[0]) {
    if (c < 128) ascii[c] = child;
    else other.set(c, child);
    order.push(child);
  }
  ends[0] = words[0] ? 1 : 0;
  for (let q = 0; q < order.length; q++) {
    const state = order[q];
    ends[state] = words[state] || ends[fail[state]] ? 1 : 0;
    for (let c = 0; c < 128; c++) ascii[state * 128 + c] = ascii[fail[state] * 128 + c];
    for (const [c, child] of children[state]) {
      let f = fail[state];
      if (c < 128) {
        f = ascii[f * 128 + c];
        ascii[state * 128 + c] = child;
      } else {
        while (f !== 0 && !children[f].has(c)) f = fail[f];
        f = children[f].get(c) ?? 0;
        other.set(state * 65536 + c, child);
      }
      fail[child] = f;
      order.push(child);
    }
  }
  return { ascii, other, fail, words, ends, admits: [] };
}
function nextState(index, state, c) {
  if (c < 128) return index.ascii[state * 128 + c];
  for (let at = state; ; at = index.fail[at]) {
    const child = index.other.get(at * 65536 + c);
    if (child !== void 0) return child;
    if (at === 0) return 0;
  }
}
function hasKeyword(lower, rules) {
  const index = rules.keywords;
  if (index.ends[0]) return true;
  let state = 0;
  for (let i = 0; i < lower.length; i++) {
    state = nextState(index, state, lower.charCodeAt(i));
    if (index.ends[state]) return true;
  }
  return false;
}
function triggersFor(lower, rules) {
  const admitted = rules.admitted;
  for (const i of rules.triggersWithout) admitted[i] = 1;
  const index = rules.keywords;
  const { admits } = index;
  const mark = (state2) => {
    const triggers = admits[state2];
    if (triggers) for (let k = 0; k < triggers.length; k++) admitted[triggers[k]] = 1;
  };
  mark(0);
  let state = 0;
  for (let i = 0; i < lower.length; i++) {
    state = nextState(index, state, lower.charCodeAt(i));
    mark(state);
  }
  const out = [];
  for (let i = 0; i < admitted.length; i++) {
    if (admitted[i]) out.push(i);
    admitted[i] = 0;
  }
  return out;
}
function triggersByKeyword(triggers) {
  const byKeyword = /* @__PURE__ */ new Map();
  const without = [];
  triggers.forEach((t, i) => {
    if (!t.keywords) {
      without.push(i);
      return;
    }
    for (const k of new Set(t.keywords)) byKeyword.set(k, [...byKeyword.get(k) ?? [], i]);
  });
  return { triggersByKeyword: byKeyword, triggersWithout: without };
}
function admittedByStates(index, byKeyword) {
  const keywordsAt = (state) => {
    const out = [];
    for (let at = state; ; at = index.fail[at]) {
      out.push(...index.words[at] ?? []);
      if (at === 0) return out;
    }
  };
  return index.words.map((_, state) => {
    const triggers = [...new Set(keywordsAt(state).flatMap((k) => byKeyword.get(k)))].sort((a, b) => a - b);
    return triggers.length ? triggers : void 0;
  });
}
function buildEventRules(ref, masks) {
  const lex = ref.lexicon;
  const keywords = [...new Set(ref.triggers.flatMap((t) => t.keywords ?? []))].sort((a, b) => b.length - a.length);
  const triggersWithoutKeywords = ref.triggers.some((t) => !t.keywords?.length);
  const index = keywordIndex(keywords);
  const byKeyword = triggersByKeyword(ref.triggers);
  index.admits = admittedByStates(index, byKeyword.triggersByKeyword);
  return {
    ref,
    masks,
    triggersWithoutKeywords,
    keywords: index,
    ...byKeyword,
    admitted: new Uint8Array(ref.triggers.length),
    forecast: phraseRegex(lex.forecast_cues),
    intention: phraseRegex(lex.intention_cues),
    reporting: phraseRegex(lex.reporting_verbs),
    negation: phraseRegex(lex.negations),
    continuation: phraseRegex(lex.continuation_cues),
    habitual: phraseRegex(lex.habitual_cues),
    anaphoricEvent: phraseRegex(lex.anaphoric_event_nouns),
    pronoun: new RegExp(`${phraseRegex(lex.subject_pronouns).source}|\\b(?:${lex.pair_subject_patterns.join("|")})\\b`, "giu"),
    personPronoun: phraseRegex(lex.person_pronouns),
    stative: phraseRegex(lex.stative_verbs),
    partnerPrep: new RegExp(`${phraseRegex(lex.partner_prepositions, "iu").source}\\s+(?:the\\s+)?$`, "iu"),
    anchored: new RegExp(lex.anchored_offsets.pattern, "i"),
    thirdParty: new RegExp(phraseRegex(lex.third_party_bodies, "u").source, "gu"),
    recipientAfter: new RegExp(`^[\\s,\u2019's]*(?:(?:has|have|had|also|already|then|now)\\s+)*${phraseRegex(lex.recipient_verbs, "iu").source}`, "iu"),
    multilateral: new RegExp(lex.multilateral_partners, "iu"),
    lender: phraseRegex(lex.lender_words, "iu"),
    lendingParty: phraseRegex(lex.lending_party_words, "iu"),
    reportedClause: new RegExp(lex.reported_clause, "giu"),
    visitorNoun: phraseRegex(lex.visitor_nouns, "iu"),
    personAnaphor: personAnaphorRegex(lex),
    rolesOf: new Map(ref.people.map((p) => [p.id, p.roles.map((r) => r.role).join("; ").toLowerCase()])),
    earlier: phraseRegex(lex.earlier_cues),
    clauseWish: phraseRegex(lex.clause_wish_cues),
    givingBefore: new RegExp(`${phraseRegex(lex.giving_verbs, "iu").source}\\s+(?:the\\s+)?$`, "iu"),
    providerAfter: new RegExp(`^-?(?:${lex.provider_suffixes.map((x2) => x2.replace(/^-/, "")).join("|")})\\b|^\\s+(?:[\\p{L}-]+\\s+)?${phraseRegex(lex.provider_nouns, "iu").source}`, "iu"),
    finiteVerb: /\b(?:[a-z]+ed|is|are|was|were|has|have|had|did|does|said|made|gave|took|held|met|sold|bought|grew|rose|fell|came|went|led|won|set|put|began|became|unveiled|opened)\b/,
    perfect: /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+(?:ed|en|wn|ne|t)|made|paid|held|said|built|brought|bought|sold|sent|spent|met|led|kept|found|won|begun|become|come|grown|shown|laid|had)\b/iu,
    mediaWord: /\b(?:media|press|newspapers?|news agenc(?:y|ies)|news sources?|television|tv|broadcasters?|daily|dailies)\b/iu
  };
}
function leadEnd(text, facts) {
  const m = /[,:–—]/.exec(text.slice(facts.start, facts.end));
  return m ? facts.start + m.index : -1;
}
function isNews(value, published) {
  if (value.length < 10 || published.length < 10) return value.length >= 7 && value.slice(0, 7) === published.slice(0, 7);
  const days = (Date.parse(`${published}T00:00:00Z`) - Date.parse(`${value}T00:00:00Z`)) / 864e5;
  return days >= 0 && days <= 31;
}
function ruleName(t, rules) {
  let name = ruleNames.get(t);
  if (!name) {
    const same = rules.ref.triggers.filter((x2) => x2.category === t.category && x2.subtype === t.subtype);
    name = `${t.category}/${t.subtype}#${same.indexOf(t) + 1}`;
    ruleNames.set(t, name);
  }
  return name;
}
var ruleNames = /* @__PURE__ */ new WeakMap();
var PRESENT_VISIT = /\b(?:is|are)\s+(?:currently\s+|now\s+|already\s+)?(?:in|on|visiting|paying|attending|touring)\b|\barrives\b/i;
var PAST_EVENT = /\b(?:[a-z]{2,}ed|was|were|did|gave|made|held|met|took|went|came|sent|won|began|became|led|sold|bought|grew|rose|fell|paid|spent|struck|brought|saw|left|flew|wrote|spoke|told|said)\b/i;
var MONEY_CATEGORIES = /* @__PURE__ */ new Set(["finance", "aid", "investment"]);
function byPriority(hits) {
  return sortInPlace([...hits], (a, b) => Number(!!a.trigger.generic) - Number(!!b.trigger.generic) || a.start - b.start);
}
function inRelativeClause(text, at, dateStart) {
  if (dateStart <= at) return false;
  return /\b(?:that|which|who)\s+(?:was|were|had been|has been|have been)\s+(?:[\p{L}-]+\s+){1,2}$/iu.test(text.slice(Math.max(at, dateStart - 50), dateStart));
}
function distanceOf(group, at) {
  let best = Infinity;
  for (const d of group) best = Math.min(best, d.start >= at ? d.start - at : at - d.end);
  return best;
}
function assertedTriggers(text, clause, facts, rules, trace) {
  const hits = [];
  const lower = clause.masked.toLowerCase();
  const sameLength = lower.length === clause.masked.length;
  for (const i of triggersFor(lower, rules)) {
    const trigger = rules.ref.triggers[i];
    for (const m of sameLength ? matchesOf(trigger.lowerRegex, lower) : matchesOf(trigger.regex, clause.masked)) {
      const start = clause.start + m.index;
      hits.push({ trigger, start, end: start + m[0].length });
    }
  }
  const from = clause.triggersFrom;
  if (from !== void 0 && hits.some((h) => h.end > from)) hits.splice(0, hits.length, ...hits.filter((h) => h.end > from));
  sortInPlace(hits, (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept = [];
  for (const h of hits) {
    if (kept.some((k) => h.start < k.end && k.start < h.end)) continue;
    const said = () => `${h.trigger.category}/${h.trigger.subtype} "${text.slice(h.start, h.end)}"`;
    if (!meetsRequirements(h.trigger, clause, facts, rules)) {
      trace?.push(`dropped ${said()}: the clause lacks ${h.trigger.requires?.join(" / ")}`);
      continue;
    }
    if (!isAsserted(text, clause, h.start, rules, h.trigger, h.end)) {
      trace?.push(`dropped ${said()}: not asserted (a forecast, wish, negation or infinitive before it)`);
      continue;
    }
    kept.push(h);
  }
  return sortInPlace(kept, (a, b) => a.start - b.start);
}
function meetsRequirements(trigger, clause, f, rules) {
  const inClause = withinClause;
  return (trigger.requires ?? []).every((req) => {
    switch (req) {
      case "person_or_delegation":
        return inClause(f.mentions, clause).some((m) => m.kind === "person") || rules.visitorNoun.test(clause.masked) || hasPersonAnaphor(clause.masked, rules);
      case "money":
        return inClause(f.money, clause).length > 0;
      case "percent":
        return inClause(f.percents, clause).length > 0;
      case "ordinal":
        return inClause(f.ordinals, clause).length > 0;
      case "media":
        return inClause(f.mentions, clause).some((m) => m.subtype === "media") || /\b(?:media|press|news)\b/i.test(clause.masked);
      case "object_country":
        return true;
      // checked once the actor is known: see hasObjectCountry
      case "after_trade":
        return true;
      // checked against the facts before: see sentenceCandidates
      // A lender named in the clause: a bank or fund, or "Chinese banks", "Chinese partners".
      case "lender":
        return inClause(f.mentions, clause).some((m) => isLender(clause.masked.slice(m.start - clause.start, m.end - clause.start), m, rules)) || rules.lendingParty.test(clause.masked);
      case "destination":
        return true;
      // checked once the visitor is known
      case "international_body":
        return inClause(f.mentions, clause).some((m) => m.kind === "organisation" && m.subtype === "international");
      default:
        return false;
    }
  });
}
function isAsserted(text, clause, at, rules, trigger, end = at) {
  const before = text.slice(Math.max(clause.start, at - 160), at).trimEnd();
  if (trigger?.agent === "visitor" && /\bto$/i.test(before) && /^visit\b/i.test(text.slice(at, at + 6))) return false;
  const window = lastWords(before, 12);
  const forecast = matchesOf(rules.forecast, window).filter((m) => m[0] !== "May" && !(/^next$/i.test(m[0]) && /\bthe\s+$/i.test(window.slice(0, m.index)) && /^next\s+(?:day|morning|evening|year|month|week)\b/i.test(window.slice(m.index))));
  if (forecast.length && !rules.reporting.test(before.slice(0, before.lastIndexOf(forecast[0][0])))) return false;
  rules.reporting.lastIndex = 0;
  if (rules.intention.test(window)) return rules.intention.lastIndex = 0, false;
  rules.intention.lastIndex = 0;
  const head = firstWords(text.slice(clause.start, at), 7);
  if (/\b(?:will|shall)\b/i.test(head) && !rules.reporting.test(head.slice(0, head.search(/\b(?:will|shall)\b/i)))) return rules.reporting.lastIndex = 0, false;
  rules.reporting.lastIndex = 0;
  if (rules.clauseWish.test(text.slice(clause.start, at))) return rules.clauseWish.lastIndex = 0, false;
  rules.clauseWish.lastIndex = 0;
  rules.intention.lastIndex = 0;
  const near = lastWords(before, 3);
  if (rules.negation.test(near)) return rules.negation.lastIndex = 0, false;
  rules.negation.lastIndex = 0;
  const finiteLater = /\s(?:and\s+)?[a-z]+ed\b/.test(text.slice(at, end));
  if (/\bto$/i.test(before) && /^[a-z]/.test(text.slice(at, at + 1)) && !finiteLater && !/\b(?:agreed|agree|agrees|decided|resolved|decision|consented|voted|undertook|committed)\s+(?:\w+\s+){0,2}to$/i.test(before)) return false;
  if (/^(?:['’]s\s+)?(?:visits?|trips?|tours?)\b/i.test(text.slice(at, at + 9))) {
    const after = text.slice(at, Math.min(clause.end, at + 80)).split(/\s+/).slice(1, 7).join(" ");
    const forecastAfter = rules.forecast.test(after);
    rules.forecast.lastIndex = 0;
    if (forecastAfter) return false;
  }
  return true;
}
function dateGroups(text, dates) {
  const groups = [];
  for (const d of dates) {
    const last = groups[groups.length - 1];
    const gap = last ? text.slice(last[last.length - 1].end, d.start) : "";
    const listed = last && d.basis === "explicit" && last[last.length - 1].basis === "explicit";
    if (listed && gap.trim() && /^\s*(?:,\s*)?(?:(?:and|or)(?:\s+(?:again|then|later|once more))?\s*|&\s*)?$/.test(gap)) last.push(d);
    else groups.push([d]);
  }
  return groups;
}
function datesFor(text, clause, at, facts, candidateCategory, visitor, state, rules) {
  const coordination = /,\s+(?:and|but|while|whereas)\s/g;
  coordination.lastIndex = at;
  const next = coordination.exec(text);
  const clauseFollows = next && next.index < clause.end && rules.finiteVerb.test(text.slice(next.index, clause.end));
  const cutoff = clauseFollows ? next.index : clause.end;
  const inClause = facts.dates.filter((d) => within(d, clause.start, cutoff) && !isMasked(text, clause, d.start) && !inRelativeClause(text, at, d.start)).map((d) => d.value ? d : { ...d, ...anchoredDate(d.text, state, rules) ?? {} });
  const since = (d) => /^since\b/i.test(d.text);
  const spanless = inClause.some((d) => d.value && !since(d)) ? inClause.filter((d) => !since(d)) : inClause;
  const speech = matchesOf(rules.reporting, text.slice(clause.start, at)).pop();
  const saidAt = speech ? clause.start + speech.index + speech[0].length : -1;
  const usable = saidAt > 0 && spanless.some((d) => d.value && d.start >= saidAt) ? spanless.filter((d) => d.start >= saidAt) : spanless;
  const visit = candidateCategory === "visit" ? visitStartAndEnd(text, usable.filter((d) => d.value), rules.ref.lexicon, text.slice(clause.start, clause.end)) : null;
  const groups = dateGroups(text, visit?.starts ?? usable.filter((d) => d.value));
  if (groups.length) {
    const best = groups.reduce((a, b) => distanceOf(b, at) < distanceOf(a, at) ? b : a);
    const anniversary = anniversaryYears(text, clause.start, at);
    if (anniversary) return best.map(({ start: _s, end: _e, ...d }) => ({ ...d, value: String(Number(d.value.slice(0, 4)) - anniversary) + d.value.slice(4), basis: "inferred_from_context" }));
    return best.map(({ start: _s, end: _e, ...d }) => visit?.end && best.length === 1 && !d.endValue ? { ...d, endValue: visit.end } : d);
  }
  const clauseText = text.slice(clause.start, clause.end);
  const continues = rules.continuation.test(clauseText) || rules.anaphoricEvent.test(clauseText);
  rules.continuation.lastIndex = 0;
  rules.anaphoricEvent.lastIndex = 0;
  const vague = usable.find((d) => !d.value && !reachesPast(d.text, state.published));
  if (vague && !continues) return [{ text: vague.text, value: null, precision: null, basis: "undated" }];
  const opening = facts.dates.find((d) => d.value && d.start < leadEnd(text, facts) && d.start - facts.start < 40);
  if (opening) return [{ text: opening.text, value: opening.value, precision: opening.precision, basis: opening.basis }];
  if (isRecalledPast(clauseText, rules.ref.lexicon)) return [vague ? { text: vague.text, value: null, precision: null, basis: "undated" } : null];
  const habitual = rules.habitual.test(clauseText);
  rules.habitual.lastIndex = 0;
  const stative = rules.stative.test(clauseText);
  rules.stative.lastIndex = 0;
  const ongoing = habitual || stative || rules.perfect.test(clauseText);
  const during = /\b(?:during|of|after|following|throughout|on|at)\s+(?:the\s+|this\s+|that\s+|his\s+|her\s+|their\s+|[\p{L}’' -]+’s\s+|[\p{L}’' -]+'s\s+)(?:[\p{L}-]+\s+)?(?:visit|trip|stay|tour)\b/iu.test(clauseText);
  const visitDate = !ongoing || during ? dateOfVisitBy(during && visitor ? [visitor] : peopleOf(text, clause, facts, state, rules), state, during) : null;
  if (visitDate) return [{ ...visitDate, basis: "inferred_from_context" }];
  const sentenceText = text.slice(facts.start, facts.end);
  const quoted = candidateCategory === "political_support" && /["“”]/.test(sentenceText) && rules.reporting.test(sentenceText);
  rules.reporting.lastIndex = 0;
  if (quoted && !vague && state.newsDate) return [{ ...state.newsDate }];
  const sameBlock = state.prevBlock === facts.block;
  const toldAsEarlier = rules.earlier.test(clauseText);
  rules.earlier.lastIndex = 0;
  if (toldAsEarlier) return [vague ? { text: vague.text, value: null, precision: null, basis: "undated" } : null];
  const previous = state.prevEvents.find((e) => e.date?.value && (continues || e.category === candidateCategory));
  if (!ongoing && sameBlock && previous?.date) return [{ ...previous.date, basis: "inferred_from_context" }];
  if (!ongoing && sameBlock && state.frame) return [{ ...state.frame, basis: "inferred_from_context" }];
  const news = state.newsEvents.find((e) => e.date?.value);
  if (!ongoing && !vague && news?.date && facts.index - news.sentence <= 6) return [{ ...news.date, basis: "inferred_from_context" }];
  if (candidateCategory === "political_support" && state.isReport && !vague && state.newsDate) return [{ ...state.newsDate, basis: "inferred_from_context" }];
  const reported = !habitual && !toldAsEarlier && PAST_EVENT.test(clauseText) && (!rules.perfect.test(clauseText) || /\b(?:already|just)\b/i.test(clauseText)) && !/\b(?:so far|to date|over the years|since)\b/i.test(clauseText);
  if (reported && !vague && state.newsDate) return [{ ...state.newsDate }];
  if (candidateCategory === "visit" && state.isReport && !vague && state.newsDate && PRESENT_VISIT.test(clauseText)) return [{ ...state.newsDate, basis: "inferred_from_context" }];
  return [vague ? { text: vague.text, value: null, precision: null, basis: "undated" } : null];
}
function reachesPast(expr, published) {
  const years = expr.match(/\b(?:1[89]|20)\d\d\b/g) ?? [];
  return years.some((y) => y > published.slice(0, 4));
}
function anchoredDate(expr, state, rules) {
  const m = expr.toLowerCase().match(rules.anchored);
  if (!m || !state.lastDate) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : rules.ref.lexicon.number_words[m[1]];
  if (!n) return null;
  const years = m[2].startsWith("year") ? n : Math.round(n / 12);
  const sign = /earlier|before/.test(m[3]) ? -1 : 1;
  return { text: expr, value: String(Number(state.lastDate.slice(0, 4)) + sign * years), precision: "year", basis: "inferred_from_context" };
}
function peopleOf(text, clause, facts, state, rules) {
  const named = facts.mentions.filter((m) => m.kind === "person" && within(m, clause.start, clause.end)).map((m) => m.id);
  if (named.length) return named;
  const refers = rules.personPronoun.test(text.slice(clause.start, clause.end));
  rules.personPronoun.lastIndex = 0;
  return refers ? state.prevPeople : [];
}
function dateOfVisitBy(people2, state, during) {
  const dated = state.visits.filter((v) => v.date?.value);
  const byThem = (v) => people2.includes(v.details.visitor_id);
  const current = dated.reduce((a, v) => !a || v.date.value >= a.date.value ? v : a, void 0);
  const visit = during ? [...dated].reverse().find((v) => !people2.length || byThem(v)) : current && byThem(current) ? current : void 0;
  if (!visit) return null;
  const same = dated.filter((v) => v.details.visitor_id === visit.details.visitor_id && datesCompatible(v.date.value, visit.date.value));
  return same.sort((x2, y) => y.date.value.length - x2.date.value.length)[0].date;
}
function countryMentions(text, clause, facts) {
  return facts.mentions.filter((m) => m.country && within(m, clause.start, clause.end) && !isMasked(text, clause, m.start));
}
function pronounsBetween(text, from, to, rules) {
  return matchesOf(rules.pronoun, text.slice(from, to)).filter((m) => !/^it\s+(?:is|was)\s+\w+\s+(?:to|that)\b/i.test(text.slice(from + m.index, from + m.index + 40))).map((m) => from + m.index);
}
function referentOf(at, sentenceMentions, state) {
  const earlier = sentenceMentions.filter((m) => m.end <= at && m.country && m.kind !== "person" && m.form !== "adjective");
  return earlier[earlier.length - 1]?.country ?? state.prevSubject;
}
function subjectOf(text, clause, at, mentions, sentenceMentions, state, rules) {
  const speech = matchesOf(rules.reportedClause, text.slice(clause.start, at)).pop();
  if (speech) {
    const from = clause.start + speech.index + speech[0].length;
    const reported = mentions.filter((m) => m.start >= from && m.end <= at && m.kind !== "person");
    if (reported.length) return reported[0].country;
  }
  const [segmentStart] = segmentAround(text, clause, at, at);
  const inClause = mentions.filter((m) => m.end <= at);
  const inSegment = inClause.filter((m) => m.start >= segmentStart);
  const segmentPronouns = pronounsBetween(text, segmentStart, at, rules);
  const fromSegmentPronoun = segmentPronouns.length && (!inSegment.length || segmentPronouns[0] < inSegment[0].start) ? referentOf(segmentPronouns[0], sentenceMentions, state) : null;
  if (fromSegmentPronoun) return fromSegmentPronoun;
  if (inSegment.length) return inSegment[0].country;
  const clausePronouns = pronounsBetween(text, clause.start, at, rules);
  const fromClausePronoun = clausePronouns.length && (!inClause.length || clausePronouns[0] < inClause[0].start) ? referentOf(clausePronouns[0], sentenceMentions, state) : null;
  if (fromClausePronoun) return fromClausePronoun;
  if (inClause.length) return inClause[0].country;
  const anaphor = subjectAnaphors(text, clause.start, at, rules).pop();
  const referent = anaphor && state.focus.length ? referentPerson(anaphor, sentenceMentions, state, rules) : null;
  if (referent?.country) return referent.country;
  return mentions.find((m) => m.start >= at)?.country ?? null;
}
function recentOtherCountry(state, mentions, at, not) {
  const here = mentions.filter((m) => m.end <= at && m.kind !== "person" && m.kind !== "organisation" && m.country !== not);
  if (here.length) return here[here.length - 1].country;
  for (let i = state.history.length - 1; i >= 0; i--) if (state.history[i].country !== not) return state.history[i].country;
  return state.focus.find((c) => c !== not) ?? null;
}
function isFocusIn(state, m) {
  return state.focus.includes(m.country);
}
function isPartnerIn(text, rules, m) {
  return m.kind === "country" && m.form !== "adjective" && rules.partnerPrep.test(text.slice(Math.max(0, m.start - 20), m.start));
}
function counterpartOf(text, clause, hit, actor1, mentions, state, rules) {
  const others = mentions.filter((m) => m.country !== actor1);
  const [s, e] = segmentAround(text, clause, hit.start, hit.end);
  const inSegment = others.filter((m) => m.start >= s && m.end <= e);
  if (rules.multilateral.test(text.slice(s, e))) return { country: null, third: true };
  const isFocus = isFocusIn.bind(null, state);
  const isPartner = isPartnerIn.bind(null, text, rules);
  const focusHere = inSegment.find(isFocus);
  if (focusHere) return { country: focusHere.country, third: false };
  const thirdHere = inSegment.find((m) => m.start >= hit.end && !isFocus(m) && isPartner(m));
  if (thirdHere) return { country: thirdHere.country, third: true };
  const focus = others.find(isFocus);
  if (focus) return { country: focus.country, third: false };
  const third = others.find((m) => m.start >= hit.end && isPartner(m));
  if (third) return { country: third.country, third: true };
  rules.thirdParty.lastIndex = 0;
  if (rules.thirdParty.test(text.slice(s, e))) return { country: null, third: true };
  if (/\bbetween\b/i.test(text.slice(s, hit.end + 60)) && inSegment.some((m) => m.kind === "country" && m.form !== "adjective" && !isFocus(m))) return { country: null, third: true };
  return { country: state.focus.includes(actor1) ? state.focus.find((c) => c !== actor1) ?? null : null, third: false };
}
function hasObjectCountry(text, clause, from, mentions, actor1) {
  const comma = indexUpTo(text, ",", from, clause.end);
  const stop = comma < 0 ? clause.end : comma;
  return mentions.some((m) => m.start >= from && m.end <= stop && m.country !== actor1);
}
function entityAgent(text, clause, trigger, mentions, rules) {
  const wanted = trigger.category === "media" ? "media" : trigger.category === "cultural" ? "cultural" : null;
  const org = mentions.find((m) => m.kind === "organisation" && m.country && (!wanted || m.subtype === wanted));
  if (org) return { country: org.country, id: org.id };
  if (trigger.category === "media") {
    const adj = mentions.find((m) => m.kind === "country" && rules.mediaWord.test(text.slice(m.end, Math.min(clause.end, m.end + 25)).split(/[,;]/)[0]));
    if (adj) return { country: adj.country, id: null };
  }
  return null;
}
function visitorOf(text, clauseMentions, facts, hit) {
  const people2 = clauseMentions.filter((m) => m.kind === "person");
  if (/^visiting$/i.test(text.slice(hit.start, hit.end))) {
    const described = people2.find((m) => m.start >= hit.end && m.start - hit.end < 60 && !/[,;.]/.test(text.slice(hit.end, m.start)));
    if (described) return described;
  }
  const before = people2.filter((m) => m.end <= hit.start);
  if (before.length) return before[before.length - 1];
  const agent = people2.find((m) => m.start >= hit.end && /^\s*(?:(?:to|in)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+)?(?:by|of)\s+(?:(?:the\s+)?[\p{L}.-]+\s+){0,4}(?:,\s+)?$/iu.test(text.slice(hit.end, m.start)));
  if (agent) return agent;
  const possessive = /\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, hit.start - 30), hit.start));
  return possessive ? facts.mentions.find((m) => m.kind === "person") ?? null : null;
}
function delegationOf(text, clause, mentions, hit, rules) {
  const before = text.slice(clause.start, hit.start);
  const noun = rules.visitorNoun.exec(before);
  if (!noun) return null;
  const at = noun.index;
  const from = clause.start + Math.max(0, before.lastIndexOf(" ", Math.max(0, at - 2)) - 40);
  const country = mentions.find((m) => m.start >= from && m.end <= hit.start && m.country && m.kind !== "person");
  if (!country) return null;
  return { kind: "person", id: `delegation:${country.country.toLowerCase()}`, country: country.country, form: "name", start: clause.start + at, end: clause.start + at + noun[0].length, subtype: "delegation" };
}
function personAnaphorRegex(lex) {
  const a = lex.person_anaphors;
  if (!a) return null;
  const alt = (xs) => [...xs].sort((x2, y) => y.length - x2.length).map((x2) => escapeRegex(x2).replace(/ /g, "\\s+")).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:(?<pronoun>${alt(a.pronouns)})|the\\s+(?:(?<adjective>[\\p{L}-]+)\\s+)??(?<title>${alt(a.titles)}))(?![\\p{L}\\p{N}-])`, "giu");
}
function hasPersonAnaphor(clauseText, rules) {
  if (!rules.personAnaphor) return false;
  rules.personAnaphor.lastIndex = 0;
  const found = rules.personAnaphor.test(clauseText);
  rules.personAnaphor.lastIndex = 0;
  return found;
}
function subjectAnaphors(text, from, to, rules) {
  if (!rules.personAnaphor) return [];
  return matchesOf(rules.personAnaphor, text.slice(from, to)).filter((m) => !/\b(?:with|to|for|of|from|by|and|than|as|about|on|at|whom|whose)\s+$/i.test(text.slice(Math.max(from, from + m.index - 12), from + m.index))).map((m) => Object.assign(m, { index: from + m.index }));
}
function referentPerson(m, mentions, state, rules) {
  const recent = [...state.recentPeople].reverse();
  if (m.groups?.pronoun) return recent.find((p) => p.subject)?.mention ?? null;
  const title = new RegExp(`(?<![\\p{L}])${escapeRegex(m.groups.title.toLowerCase()).replace(/\s+/g, "\\s+")}(?![\\p{L}])`, "u");
  const adjective = m.groups?.adjective ? mentions.find((x2) => x2.kind === "country" && x2.start === m.index + m[0].indexOf(m.groups.adjective)) : void 0;
  return recent.find((p) => (!adjective || p.mention.country === adjective.country) && (title.test(p.title) || title.test(rules.rolesOf.get(p.mention.id) ?? "")))?.mention ?? null;
}
function anaphoricVisitorOf(text, clause, hit, facts, state, rules) {
  const m = subjectAnaphors(text, clause.start, hit.start, rules).pop();
  if (!m) return null;
  const between = text.slice(m.index + m[0].length, hit.start);
  if (between.trim().split(/\s+/).filter(Boolean).length > 5 || /[;:]/.test(between)) return null;
  if (facts.mentions.some((x2) => x2.kind === "person" && x2.start >= m.index && x2.end <= hit.start)) return null;
  return referentPerson(m, facts.mentions, state, rules);
}
function rememberPeople(text, facts, state, rules) {
  const people2 = facts.mentions.filter((m) => m.kind === "person" && !m.id.startsWith("delegation:"));
  const lead = subjectAnaphors(text, facts.start, Math.min(people2[0]?.start ?? facts.end, facts.start + 120), rules)[0];
  const referent = lead && lead.index - facts.start < 40 ? referentPerson(lead, facts.mentions, state, rules) : null;
  const entries = people2.map((m, i) => ({ mention: m, title: text.slice(Math.max(facts.start, m.start - 60), m.start).toLowerCase(), subject: i === 0 && !referent }));
  if (referent) {
    const was = state.recentPeople.find((p) => p.mention === referent);
    entries.unshift({ mention: referent, title: was?.title ?? "", subject: true });
  }
  state.recentPeople.push(...entries);
  if (state.recentPeople.length > 12) state.recentPeople.splice(0, state.recentPeople.length - 12);
}
function honouredOf(mentions, hit) {
  const people2 = mentions.filter((m) => m.kind === "person");
  const before = people2.filter((m) => m.end <= hit.start);
  return before[before.length - 1] ?? people2.find((m) => m.start >= hit.end) ?? null;
}
function pairActor(t, facts, state, rules) {
  if (!rules.ref.categories[t.category]?.pair_default || state.focus.length !== 2) return null;
  const outside = facts.mentions.some((m) => m.country && m.kind !== "person" && !state.focus.includes(m.country));
  return outside ? null : state.focus[0];
}
function isStanding(text, clause, hit, rules) {
  const upToTrigger = text.slice(clause.start, hit.end);
  const standing = rules.habitual.test(text.slice(clause.start, clause.end)) || rules.stative.test(upToTrigger) || rules.perfect.test(upToTrigger);
  rules.habitual.lastIndex = 0;
  rules.stative.lastIndex = 0;
  return standing;
}
var MONEY_DIRECTED = /* @__PURE__ */ new Set(["finance", "aid", "investment"]);
function moneyPair(text, category, facts, clause, mentions, state, rules) {
  const pairOf = (side, isProvider) => {
    if (!side || !state.focus.includes(side)) return null;
    const other = state.focus.find((c) => c !== side);
    if (!other) return null;
    return isProvider ? [side, other] : [other, side];
  };
  const inClause = mentions.filter((m) => m.country && state.focus.includes(m.country));
  for (const m of inClause) {
    const after = text.slice(m.end, Math.min(clause.end, m.end + 60));
    if (rules.recipientAfter.test(after)) return pairOf(m.country, false);
    if (m.form !== "adjective" && rules.givingBefore.test(text.slice(Math.max(clause.start, m.start - 30), m.start))) return pairOf(m.country, false);
    if (m.form !== "adjective" && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, m.start - 12), m.start))) return pairOf(m.country, true);
    if (m.kind === "country" && (m.form === "adjective" || m.form === "prefix") && rules.providerAfter.test(after)) return pairOf(m.country, true);
  }
  if (category === "investment") {
    const host = inClause.find((m) => m.kind !== "person" && m.kind !== "organisation" && m.form !== "adjective" && /\b(?:in|into)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, m.start - 10), m.start)));
    if (host) return pairOf(host.country, false);
  }
  const lender = [...facts.mentions, ...state.prevLenders].find((m) => m.country && state.focus.includes(m.country) && isLender(text.slice(m.start, m.end), m, rules));
  return lender ? pairOf(lender.country, true) : null;
}
function isLender(name, m, rules) {
  return m.kind === "organisation" && rules.lender.test(name);
}
function oncePerSentence(candidates) {
  const seen = /* @__PURE__ */ new Map();
  return candidates.filter((c) => {
    const key = [c.category, c.subtype, c.actor_1, c.actor_2, c.date?.value ?? "", c.details.amount ?? "", c.details.visitor_id ?? ""].join("|");
    const first = seen.get(key);
    if (!first) return !!seen.set(key, c);
    if (first.date && c.date?.endValue && !first.date.endValue) first.date = { ...first.date, endValue: c.date.endValue };
    return false;
  });
}
function sentenceCandidates(text, facts, state, rules, details) {
  const out = [];
  const sentence = text.slice(facts.start, facts.end);
  const skip = /\?\s*["”’)]*$/.test(sentence) || !rules.triggersWithoutKeywords && !hasKeyword(sentence.toLowerCase(), rules);
  const clauses = skip ? [] : clauseSpans(text, facts.start, facts.end).map(([s, e]) => maskedClause(text, s, e, rules.masks));
  if (!skip) {
    for (const [comma, end] of asideSpans(text, facts.start, facts.end, rules.masks)) {
      const segmentStart = Math.max(facts.start, lastIndexDownTo(text, ",", comma - 1, facts.start) + 1, lastIndexDownTo(text, ";", comma - 1, facts.start) + 1);
      const start = segmentStart + (text.slice(segmentStart, comma).length - text.slice(segmentStart, comma).trimStart().length);
      clauses.push({ start, end, masked: text.slice(start, end), triggersFrom: comma });
    }
  }
  let sentenceSubject = null;
  for (const clause of clauses) {
    if (/^to\s/i.test(text.slice(clause.start, Math.min(clause.end, clause.start + 3)))) continue;
    const mentions = countryMentions(text, clause, facts);
    const perKind = /* @__PURE__ */ new Set();
    for (const hit of byPriority(assertedTriggers(text, clause, facts, rules, state.trace))) {
      const t = hit.trigger;
      const drop = (why) => state.trace?.push(`dropped ${t.category}/${t.subtype} "${text.slice(hit.start, hit.end)}": ${why}`);
      let actor1;
      let actor2;
      let third = false;
      const base = {};
      if (t.agent === "visitor" && t.visitor === "object") {
        const guest = mentions.find((m) => m.kind === "person" && m.start >= hit.end && m.country);
        const host = guest && [...mentions].reverse().find((m) => m.end <= hit.start && m.country && m.country !== guest.country && (m.kind === "person" || m.kind === "place" || m.form === "metonym"));
        const place = guest && mentions.find((m) => m.start >= guest.end && (m.kind === "place" || m.form === "metonym") && m.country !== guest.country);
        if (!guest || !host || t.category === "visit" && place && place.country !== host.country) {
          drop("no guest after the trigger with a host of another country");
          continue;
        }
        actor1 = guest.country;
        actor2 = host.country;
        Object.assign(base, { visitor_id: guest.id, visitor_start: guest.start, visitor_end: guest.end, city_mention: place && (place.form === "metonym" || place.subtype === "city") ? text.slice(place.start, place.end) : null, to_basis: "explicit" });
      } else if (t.agent === "visitor" && t.visitor === "origin") {
        const origin = mentions.find((m) => m.start >= hit.end && m.start - hit.end < 60 && m.kind !== "person" && !/[,;]/.test(text.slice(hit.end, m.start)));
        const host = origin && ([...mentions].reverse().find((m) => m.end <= hit.start && m.country !== origin.country && m.kind !== "organisation")?.country ?? recentOtherCountry(state, facts.mentions, hit.start, origin.country));
        if (!origin || !host) {
          drop("no country or place of origin after the trigger, or no host of another country");
          continue;
        }
        actor1 = origin.country;
        actor2 = host;
        Object.assign(base, { visitor_id: `delegation:${origin.country.toLowerCase()}`, visitor_start: hit.start, visitor_end: hit.end, city_mention: null, to_basis: "context" });
      } else if (t.agent === "visitor") {
        const visitor = visitorOf(text, mentions, facts, hit) ?? anaphoricVisitorOf(text, clause, hit, facts, state, rules) ?? delegationOf(text, clause, mentions, hit, rules);
        if (!visitor) {
          drop("no visitor (a person or delegation) named");
          continue;
        }
        actor1 = visitor.country;
        const dest = mentions.find((m) => m.start >= hit.end && m.kind !== "person" && m.kind !== "organisation" && m.form !== "adjective" && m.country !== actor1) ?? mentions.find((m) => m.start >= hit.end && m.kind === "person" && m.country !== actor1) ?? mentions.find((m) => (m.kind === "place" || m.form === "metonym") && m.country !== actor1);
        const placeNext = mentions.find((m) => m.start >= hit.end && m.start - hit.end < 25 && (m.kind === "place" || m.kind === "country" && m.form !== "adjective"));
        if (placeNext && placeNext.country === actor1) {
          drop("the place visited is in the visitor's own country");
          continue;
        }
        if (t.requires?.includes("destination") && !(visitor.end <= hit.start && dest && dest.start >= hit.end && dest.kind !== "person" && dest.form !== "adjective")) {
          drop("no place abroad named after it");
          continue;
        }
        actor2 = dest?.country ?? recentOtherCountry(state, facts.mentions, hit.start, actor1);
        Object.assign(base, { visitor_id: visitor.id, visitor_start: visitor.start, visitor_end: visitor.end, city_mention: dest && (dest.form === "metonym" || dest.subtype === "city") ? text.slice(dest.start, dest.end) : null, to_basis: dest ? "explicit" : "context" });
      } else if (t.agent === "honoured") {
        const honoured = honouredOf(mentions, hit);
        if (!honoured?.country || !state.focus.includes(honoured.country)) {
          drop("no honoured person of the pair named");
          continue;
        }
        actor2 = honoured.country;
        actor1 = state.focus.find((c) => c !== actor2) ?? null;
      } else {
        const agent = t.agent === "trigger_entity" ? entityAgent(text, clause, t, mentions, rules) : null;
        if (agent?.id) base.agent_id = agent.id;
        actor1 = agent?.country ?? subjectOf(text, clause, hit.start, mentions, facts.mentions, state, rules) ?? pairActor(t, facts, state, rules);
        if (!actor1) {
          drop("no acting country");
          continue;
        }
        const counterpart = counterpartOf(text, clause, hit, actor1, mentions, state, rules);
        actor2 = counterpart.country;
        third = counterpart.third;
      }
      if (MONEY_DIRECTED.has(t.category) && t.agent === "subject") {
        const pair = moneyPair(text, t.category, facts, clause, mentions, state, rules) ?? state.moneyPairs.get(t.category) ?? null;
        if (pair) [actor1, actor2] = pair;
        if (pair) state.moneyPairs.set(t.category, pair);
      }
      const amount = amountNearTrigger(text, clause, hit, withinClause(facts.money, clause))?.amount;
      const kind = MONEY_CATEGORIES.has(t.category) && amount !== void 0 ? "money" : `${t.category}/${t.subtype}`;
      const key = `${kind}/${base.visitor_id ?? ""}/${base.agent_id ?? ""}/${amount ?? ""}`;
      if (perKind.has(key)) {
        drop("the clause already gave this fact");
        continue;
      }
      perKind.add(key);
      if (t.requires?.includes("after_trade") && !state.prevEvents.some((c) => c.category === "trade")) {
        drop("no trade figure before it");
        continue;
      }
      if (t.requires?.includes("object_country") && !hasObjectCountry(text, clause, hit.start, mentions, actor1)) {
        drop("no country supported named after it");
        continue;
      }
      if (!actor1 || third || !state.focus.includes(actor1) || actor2 && !state.focus.includes(actor2)) {
        drop(`third-country or outside the article's pair (${actor1 ?? "\u2013"}\u2192${actor2 ?? "\u2013"})`);
        continue;
      }
      const cameo = t.cameo ?? rules.ref.categories[t.category]?.cameo ?? "0";
      const dates = datesFor(text, clause, hit.start, facts, t.category, base.visitor_id ?? null, state, rules);
      for (const date of dates) {
        if (date?.value && isAfterPublication(date.value, state.published)) {
          drop(`dated ${date.value}, after publication: a plan`);
          continue;
        }
        if (!date?.value && rules.ref.categories[t.category]?.dated_only && !isStanding(text, clause, hit, rules)) {
          drop("a single occurrence with no date in the text");
          continue;
        }
        const candidate = {
          category: t.category,
          subtype: t.subtype,
          cameo,
          actor_1: actor1,
          actor_2: actor2,
          date,
          quote: [clause.start, clause.end],
          trigger: [hit.start, hit.end],
          rule: ruleName(t, rules),
          details: { ...base },
          sentence: facts.index
        };
        out.push(...details(candidate, { text, clause, facts, trigger: hit, mentions, state }));
      }
      sentenceSubject ??= actor1;
    }
  }
  const kept = oncePerSentence(out);
  const countryish = facts.mentions.filter((m) => m.country && m.kind !== "person");
  state.prevSubject = sentenceSubject ?? countryish.find((m) => m.kind === "country" && m.form !== "adjective")?.country ?? state.prevSubject;
  for (const m of facts.mentions) if (m.country && (m.kind === "country" || m.kind === "place")) state.history.push({ country: m.country, at: m.start });
  const lenders = facts.mentions.filter((m) => isLender(text.slice(m.start, m.end), m, rules));
  if (lenders.length) state.prevLenders = lenders;
  const people2 = [...new Set(facts.mentions.filter((m) => m.kind === "person").map((m) => m.id))];
  if (people2.length) state.prevPeople = people2;
  rememberPeople(text, facts, state, rules);
  const dated = facts.dates.filter((d) => d.value);
  if (dated.length) state.lastDate = dated[dated.length - 1].value;
  if (state.prevBlock !== facts.block) state.frame = null;
  const opening = facts.dates.filter((d) => d.start < leadEnd(text, facts) && d.start - facts.start < 60);
  if (opening.length === 1 && opening[0].value) state.frame = { text: opening[0].text, value: opening[0].value, precision: opening[0].precision, basis: opening[0].basis };
  if (kept.length) state.prevEvents = kept;
  else if (state.prevBlock !== facts.block) state.prevEvents = [];
  const current = kept.filter((c) => c.date?.value && isNews(c.date.value, state.published));
  if (current.length) state.newsEvents = current;
  state.prevBlock = facts.block;
  state.visits.push(...kept.filter((c) => c.category === "visit"));
  return kept;
}

// pipeline/extract/qualifiers.ts
var finders = /* @__PURE__ */ new WeakMap();
function qualifierFinders(lex) {
  let list = finders.get(lex);
  if (!list) {
    list = Object.entries(lex.count_qualifiers ?? {}).flatMap(([qualifier, phrases]) => phrases.map((phrase) => ({ phrase, qualifier }))).sort((a, b) => b.phrase.length - a.phrase.length).map((q) => ({ ...q, regex: new RegExp(`(?<![\\p{L}\\p{N}])${q.phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")}\\s+$`, "iu"), last: asciiLower(q.phrase.split(" ").pop()) }));
    finders.set(lex, list);
  }
  return list;
}
function countQualifierBefore(text, at, lex) {
  const before = text.slice(Math.max(0, at - 30), at);
  const tail = /(\S+)\s+$/.exec(before);
  const word = tail ? asciiLower(tail[1]) : null;
  return qualifierFinders(lex).find((q) => (word === null || q.last === null || word.endsWith(q.last)) && q.regex.test(before))?.qualifier ?? null;
}
function asciiLower(s) {
  return /^[\x21-\x7e]*$/.test(s) ? s.toLowerCase() : null;
}

// pipeline/extract/finance.ts
import { createHash as createHash2 } from "node:crypto";
var cachedLexicon;
function loadFinanceLexicon() {
  return cachedLexicon ??= readJsonFile(referenceDir2 + "finance.json", "finance lexicon");
}
function organisationIdOf(name) {
  const slug = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/^the\s+/i, "").toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `org:${slug || `name-${createHash2("sha256").update(name.trim()).digest("hex").slice(0, 10)}`}`;
}
function buildFinanceRules(ref) {
  const lex = loadFinanceLexicon();
  const lenders = new Map(ref.organisations.filter((o) => lex.lender_types.includes(o.type)).map((o) => [o.id, o]));
  const lenderByVariant = /* @__PURE__ */ new Map();
  const exact = [];
  const folded = [];
  for (const o of lenders.values()) {
    for (const v of /* @__PURE__ */ new Set([o.name, ...o.variants])) {
      if (/^[\p{Lu}\d&.-]+$/u.test(v)) {
        exact.push(v);
        lenderByVariant.set(v, o);
      } else {
        folded.push(v);
        lenderByVariant.set(v.toLowerCase(), o);
      }
    }
  }
  const nouns = lex.lender_head_nouns.map((n) => n.replace(/\./g, "\\.")).join("|");
  const cap = `(?:\\p{Lu}[\\p{L}'\u2019-]*|of|and|for|&)`;
  const headNoun = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}'\u2019-]*\\s+)(?:${cap}\\s+){0,4}?(?:${nouns})(?![\\p{L}])(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'\u2019-]*){0,3})?`, "gu");
  const phrases = (xs) => phraseRegex(xs, "giu");
  const lexicon = ref.lexicon;
  return {
    lex,
    lenders,
    lenderByVariant,
    headNoun,
    lenderName: folded.length ? phraseRegex(folded, "giu") : /$^/g,
    lenderNameExact: exact.length ? phraseRegex(exact, "gu") : /$^/g,
    anaphora: phrases(lex.lender_anaphora),
    lenderPreposition: lex.lender_preposition_patterns.map((p) => new RegExp(p, "iu")),
    projectLeads: lex.project_leads_patterns.map((p) => new RegExp(p, "giu")),
    projectStop: new RegExp(lex.project_stop_patterns.join("|"), "iu"),
    generic: new RegExp(`^(?:${lex.generic_projects.map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "iu"),
    sectors: Object.entries(lex.sectors).map(([sector, words]) => ({ sector, re: phrases(words) })),
    statuses: Object.entries(lex.statuses).map(([status, words]) => ({ status, re: phrases(words) })),
    negation: new RegExp(`${phraseRegex(lexicon.negations, "iu").source}(?:\\s+(?:yet|been|be|being|have|has|had|was|were|is|are))*\\s*$`, "iu"),
    forecast: new RegExp(`(?:${phraseRegex(lexicon.forecast_cues.filter((c) => c !== "May"), "iu").source}|\\bwould\\b|\\bto\\b)(?:\\s+(?:be|have|been|also|then|soon|later|now|only))*\\s*$`, "iu")
  };
}
function organisationsIn(text, start, end, rules) {
  const slice = text.slice(start, end);
  const out = [];
  for (const re of [rules.lenderName, rules.lenderNameExact]) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, slice)) {
      const o = rules.lenderByVariant.get(m[0]) ?? rules.lenderByVariant.get(m[0].toLowerCase());
      if (o) out.push({ id: o.id, name: o.name, country: o.country, start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  for (const m of matchesOf(rules.headNoun, slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (out.some((o) => o.start < e && s < o.end)) continue;
    const name = m[0].replace(/^(?:The|A|An)\s+/, "").trim();
    if (name.split(/\s+/).length < 2) continue;
    out.push({ id: organisationIdOf(name), name, country: null, start: s + (m[0].length - m[0].replace(/^(?:The|A|An)\s+/, "").length), end: e });
  }
  return sortInPlace(out, (a, b) => a.start - b.start || b.end - a.end);
}
var paragraphStart = (text, at) => text.lastIndexOf("\n", at - 1) + 1;
function lenderOf(text, clause, trigger, parties, rules) {
  const own = organisationsIn(text, clause.start, clause.end, rules).filter((o) => !/\b(?:to|at|for|of|in)\s+(?:the\s+|JSC\s+|OJSC\s+)?$/i.test(text.slice(Math.max(clause.start, o.start - 12), o.start)));
  const fits = (o) => !o.country || parties.includes(o.country);
  const after = own.find((o) => o.start >= trigger.end && rules.lenderPreposition.some((re) => re.test(text.slice(Math.max(clause.start, o.start - 10), o.start))));
  if (after) return after;
  const before = own.filter((o) => o.end <= trigger.start && fits(o));
  if (before.length) return before[before.length - 1];
  const anywhere = own.find(fits);
  if (anywhere) return anywhere;
  const clauseText = text.slice(clause.start, clause.end);
  rules.anaphora.lastIndex = 0;
  const refersBack = rules.anaphora.test(clauseText) || /\b(?:also|in particular|in addition|they|both sides|the parties)\b/i.test(clauseText);
  rules.anaphora.lastIndex = 0;
  if (!refersBack) return null;
  let back = paragraphStart(text, clause.start) - 1;
  while (back > 0 && /\s/.test(text[back])) back--;
  const from = paragraphStart(text, Math.max(0, back));
  const earlier = organisationsIn(text, Math.max(from, clause.start - 800), clause.start, rules).filter((o) => fits(o) && (rules.lenders.has(o.id) || /\b(?:Bank|Fund|Exim)\b/.test(o.name)));
  return earlier.length ? { ...earlier[earlier.length - 1] } : null;
}
function projectOf(text, clause, trigger, rules) {
  const from = Math.max(clause.start, trigger.start);
  const tail = text.slice(from, clause.end);
  let best = null;
  for (const re of rules.projectLeads) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, tail)) {
      const rest = tail.slice(m.index + m[0].length);
      const stop = rest.search(rules.projectStop);
      let project = (stop < 0 ? rest : rest.slice(0, stop)).replace(/[\s.,;:]+$/, "").trim();
      const quoted = project.match(/^[“"«]([^”"»]+)[”"»]/);
      if (quoted) project = quoted[1];
      project = project.replace(/^(?:an?|the)\s+/i, "");
      if (!quoted && !/\s/.test(project)) project = namedBefore(text, clause.start, project, rules) ?? "";
      if (project.length < 4 || rules.generic.test(project)) continue;
      if (!best || m.index < best.at) best = { at: m.index, project };
    }
  }
  return best?.project ?? null;
}
var ANAPHORA_WINDOW = 1500;
function namedBefore(text, at, noun, rules) {
  const phrase = new RegExp(`((?:[\\p{L}'\u2019-]+\\s+){1,3})${noun.replace(/[^\p{L}-]/gu, "")}\\b`, "giu");
  const found = matchesOf(phrase, text.slice(Math.max(0, at - ANAPHORA_WINDOW), at)).map((m) => m[0].replace(/^.*?\b(?:a|an|the|its|their|this|that)\s+(?!.*\b(?:a|an|the|its|their|this|that)\s)/i, "").trim());
  const named = found.reverse().find((p) => /\s/.test(p) && rules.sectors.some(({ re }) => (re.lastIndex = 0, re.test(p))));
  for (const { re } of rules.sectors) re.lastIndex = 0;
  return named ?? null;
}
function sectorOf(text, clause, trigger, project, type, rules) {
  if (type === "currency_swap") return "monetary";
  const nearest = (s, offset, at) => {
    let best = null;
    for (const { sector, re } of rules.sectors) {
      re.lastIndex = 0;
      for (const m of matchesOf(re, s)) {
        const start = offset + m.index;
        const d = start >= at ? start - at : at - start + 0.5;
        if (!best || d < best.d) best = { sector, d };
      }
    }
    return best?.sector ?? null;
  };
  if (project) {
    const own = nearest(project, 0, 0);
    if (own) return own;
  }
  const [from, to] = segmentAround(text, clause, trigger.start, trigger.end);
  return nearest(text.slice(from, to), from, trigger.end) ?? nearest(text.slice(clause.start, clause.end), clause.start, trigger.end);
}
function statusOf(text, clause, trigger, rules) {
  const [from, to] = segmentAround(text, clause, trigger.start, trigger.end);
  const found = [];
  rules.statuses.forEach(({ status, re }, rank) => {
    re.lastIndex = 0;
    const final2 = status === "cancelled" || status === "delayed";
    const [s, e] = final2 ? [clause.start, clause.end] : [from, to];
    for (const m of matchesOf(re, text.slice(s, e))) {
      const start = s + m.index;
      const before = text.slice(Math.max(clause.start, start - 40), start);
      if (rules.negation.test(before) || rules.forecast.test(before)) continue;
      const d = start >= trigger.end ? start - trigger.end : start >= trigger.start ? 0 : trigger.start - start;
      found.push({ status, d, rank });
    }
  });
  if (!found.length) return null;
  const final = found.filter((f) => f.status === "cancelled" || f.status === "delayed");
  const pool = final.length ? final : found;
  return firstLeast(pool, (a, b) => a.d - b.d || a.rank - b.rank).status;
}
var PACKAGE_NOUN = /\b(?:package|packages|total|totals|totall?ing|altogether|combined|deals|agreements|contracts|projects|programme|program|portfolio)\b/i;
var LISTS_PARTS = /\b(?:includ(?:ing|es|ed)|such as|among them|of which|compris(?:ing|es)|consisting of|covering|made up of)\b|:/i;
var OTHER_COMPONENT = /\band\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:loans?|grants?|credits?|credit lines?|aid|investments?|swaps?)\b/iu;
function isPackageAmount(text, clause, trigger, amount) {
  const near = text.slice(Math.max(clause.start, amount.start - 30), Math.min(clause.end, amount.end + 25));
  if (!PACKAGE_NOUN.test(near)) return false;
  if (amount.end <= trigger.start) return LISTS_PARTS.test(text.slice(amount.end, trigger.start));
  return OTHER_COMPONENT.test(text.slice(trigger.start, amount.start)) || LISTS_PARTS.test(text.slice(clause.start, trigger.start).slice(-40));
}

// pipeline/extract/details.ts
var FINANCE_TYPES = /* @__PURE__ */ new Set(["currency_swap", "loan", "preferential_loan", "credit_line", "funding", "aid", "grant", "investment", "project", "package"]);
function buildDetails(ref, amounts) {
  const lex = ref.lexicon;
  const roleAlt = phraseRegex(lex.role_titles, "u").source;
  const roleBefore = new RegExp(`(?:(?:\\p{Lu}{2,}|\\p{Lu}\\p{Ll}+(?:ian|ese|an|ish|ic|i))\\s+){0,2}${roleAlt}\\s+$`, "u");
  const roleAfter = new RegExp(`^[^;]{0,60}?\\bas\\s+(?:the\\s+)?(${roleAlt}(?:\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s*)+)?)`, "u");
  const delegation = lex.delegation_patterns.map((p) => new RegExp(p, "iu"));
  const duration = lex.duration_patterns.map((p) => new RegExp(p, "iu"));
  const countWord = Object.keys(lex.number_words).map((w) => w.replace(/ /g, "\\s+")).join("|");
  const agreementCount = new RegExp(`(?<![\\p{L}\\p{N}])(\\d+|${countWord})\\s+(?:[\\w-]+\\s+){0,3}?(?:agreements?|deals?|contracts?|accords?|memorand(?:a|um|ums)|mous?|documents|treaties)\\b`, "iu");
  const agreementNoun = /\b(?:agreements?|deals?|contracts?|accords?|memorand(?:a|um|ums)|mous?|documents|treaty|treaties)\b/iu;
  const personById = new Map(ref.people.map((p) => [p.id, p]));
  const fin = buildFinanceRules(ref);
  const num = (s) => s ? parseCount(s, amounts) : null;
  const currencyOf = (m, c) => m ? currencyAt(m, c.date?.value, amounts) : null;
  const cleanRole = (s) => s.replace(/\s*\([^)]*\)\s*$/, "").replace(/\s+/g, " ").trim();
  function roleOf(c, text, clauseStart) {
    const vs = c.details.visitor_start;
    const ve = c.details.visitor_end;
    const before = text.slice(Math.max(clauseStart, vs - 60), vs).match(roleBefore);
    if (before) return cleanRole(before[0]);
    const after = text.slice(ve, c.quote[1]).match(roleAfter);
    if (after) return cleanRole(after[1]);
    const person = personById.get(c.details.visitor_id);
    const at = c.date?.value;
    const role = at && person?.roles.find((r) => (!r.from || r.from.slice(0, at.length) <= at) && (!r.to || at <= r.to.slice(0, at.length) || r.to.startsWith(at)));
    return role ? role.role : null;
  }
  return (c, { text, clause, facts, trigger, mentions, state }) => {
    const clauseText = text.slice(clause.start, clause.end);
    const inClause = (xs) => withinClause(xs, clause);
    const people2 = mentions.filter((m) => m.kind === "person");
    const money = inClause(facts.money);
    const after = money.filter((m) => m.start >= trigger.start);
    const nearestMoney = () => amountNearTrigger(text, clause, trigger, money);
    switch (c.category) {
      case "visit": {
        const person = personById.get(c.details.visitor_id);
        const d = firstMatch(clauseText, delegation);
        const dur = firstMatch(clauseText, duration);
        Object.assign(c.details, {
          visitor: person?.name ?? state.textPeople?.get(c.details.visitor_id)?.name ?? text.slice(c.details.visitor_start, c.details.visitor_end),
          visitor_role: roleOf(c, text, clause.start),
          city: c.details.city_mention ?? null,
          duration_days: dur?.groups?.week ? 7 : num(dur?.groups?.n) ?? c.date?.days ?? null,
          delegation_size: num(d?.groups?.n),
          delegation: d?.groups?.who?.trim() || null
        });
        return [c];
      }
      case "agreement": {
        const [segmentStart] = segmentAround(text, clause, trigger.start, trigger.end);
        const signers = people2.filter((m) => m.start >= segmentStart && m.end <= trigger.start);
        const named = (signers.length ? signers : people2).map((m) => m.id);
        const ids2 = named.length ? named : /\b(?:the two leaders|both leaders|the leaders|both men|the two presidents|the two premiers)\b/i.test(clauseText) ? state.prevPeople : [];
        const names = [...new Set(ids2.map((id) => personById.get(id)?.name ?? id))];
        const triggerText = text.slice(trigger.start, trigger.end);
        const countMatch = triggerText.match(agreementCount) ?? triggerText.match(/\b(an?)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|contract|accord|memorandum|mou|treaty|document)\b/i);
        const nounAt = text.slice(trigger.start, trigger.end).search(agreementNoun);
        const lead = text.slice(trigger.start, trigger.start + nounAt);
        const afterCount = countMatch && countMatch.index < lead.length ? lead.slice(countMatch.index + countMatch[1].length).replace(/^\s*dozens?\b/i, "") : null;
        const descr = (afterCount ?? lead.replace(/^\s*\S+\s*/, "")).replace(/^\s*(?:\d+|a raft of|a series of|a number of|several|numerous|a package of|an?|the)\s+/i, "").trim();
        const value = after[0] ?? money[0];
        const stated = /^an?$/i.test(countMatch?.[1] ?? "") ? 1 : num(countMatch?.[1]);
        const count = stated !== null && /^\s+dozen\b/i.test(triggerText.slice(countMatch.index + countMatch[1].length)) ? stated * 12 : stated;
        Object.assign(c.details, {
          count,
          // "more than 20 agreements", "at least 16 documents": the count is a bound, not exact.
          count_qualifier: count !== null && countMatch ? countQualifierBefore(text, trigger.start + countMatch.index, lex) : null,
          description: [descr, text.slice(trigger.start + nounAt, trigger.end)].filter(Boolean).join(" ") || null,
          value: value?.amount ?? null,
          currency: currencyOf(value, c),
          signatories: names.length ? names : null
        });
        return [c];
      }
      case "finance":
      case "aid":
      case "investment": {
        const nearest = nearestMoney();
        const packaged = nearest && isPackageAmount(text, clause, trigger, nearest) ? nearest : void 0;
        const amount = packaged ? void 0 : nearest;
        const lender = mentions.find((m) => m.start >= trigger.start && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, m.start - 10), m.start)));
        const bank = facts.mentions.find((m) => m.kind === "organisation" && /\bbank\b/i.test(text.slice(m.start, m.end)) && m.country && state.focus.includes(m.country));
        if (!lender && bank?.country && bank.country !== c.actor_1 && c.actor_2 === bank.country) [c.actor_1, c.actor_2] = [c.actor_2, c.actor_1];
        if (lender?.country && lender.country !== c.actor_1 && state.focus.includes(lender.country)) {
          c.actor_2 = state.focus.includes(c.actor_1) ? c.actor_1 : c.actor_2;
          c.actor_1 = lender.country;
        }
        const org = lenderOf(text, clause, trigger, [c.actor_1, c.actor_2], fin);
        if (org?.country && org.country !== c.actor_1 && (org.country === c.actor_2 || state.focus.includes(org.country))) [c.actor_1, c.actor_2] = [org.country, c.actor_1];
        const receiver = mentions.find((m) => m.start >= trigger.start && m.country && /\b(?:to|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, m.start - 8), m.start)));
        if (receiver?.country === c.actor_1 && c.actor_2 && c.actor_2 !== c.actor_1) [c.actor_1, c.actor_2] = [c.actor_2, c.actor_1];
        else if (c.actor_2 && c.actor_2 !== c.actor_1 && /\b(?:accept|receiv|obtain)\w*\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(clause.start, trigger.start - 40), trigger.start))) [c.actor_1, c.actor_2] = [c.actor_2, c.actor_1];
        const sentenceCountries = facts.mentions.filter((m) => m.country && m.kind !== "person" && m.start >= trigger.start && m.country !== c.actor_1 && m.form !== "adjective").map((m) => m.country);
        const recipients = c.subtype === "currency_swap" && sentenceCountries.length ? [...new Set(sentenceCountries)] : c.actor_2 ? [c.actor_2] : [];
        const type = c.category === "investment" ? "investment" : FINANCE_TYPES.has(c.subtype) ? c.subtype : c.category === "aid" ? "aid" : "funding";
        const project = c.subtype === "project" ? null : projectOf(text, clause, trigger, fin);
        const base = {
          // The project a loan is for is named_project, not project: project keys the fact (merge.ts keyDetail), and two
          // mentions of one loan naming its plant differently are still one loan. tables.ts publishes either as project.
          type,
          amount: amount?.amount ?? null,
          currency: currencyOf(amount, c),
          provider: c.actor_1,
          recipients,
          project: null,
          named_project: project,
          lender: org?.name ?? null,
          lender_id: org?.id ?? null,
          sector: sectorOf(text, clause, trigger, project, type, fin),
          status: statusOf(text, clause, trigger, fin)
        };
        if (c.subtype === "project") {
          const tail = text.slice(trigger.end, clause.end).split(/[,;(]|\s(?:in|to|for|at|by|with)\s/)[0];
          const items = tail.split(/\s+and\s+|,\s*/).map((s) => s.replace(/^\s*(?:an?|the)\s+/i, "").trim()).filter((s) => s.length > 2);
          return items.map((item) => ({ ...c, details: { ...c.details, ...base, type: "project", project: item, sector: sectorOf(text, clause, trigger, item, "project", fin) } }));
        }
        Object.assign(c.details, base);
        if (!packaged) return [c];
        const pkg = { ...c, subtype: "package", details: { ...c.details, ...base, type: "package", amount: packaged.amount, currency: currencyOf(packaged, c), project: null, named_project: null, sector: null } };
        return [pkg, c];
      }
      case "trade": {
        if (c.subtype === "trade_partner_rank") {
          const ordinal = inClause(facts.ordinals).find((o) => o.start >= trigger.start - 30);
          const possessor = mentions.find((m) => m.start > trigger.start && /^(?:’s|'s|’|')/.test(text.slice(m.end, m.end + 2)));
          const subject = possessor?.country ?? c.actor_2 ?? null;
          const partner = subject === c.actor_1 ? c.actor_2 : c.actor_1;
          Object.assign(c.details, { indicator: "trade_partner_rank", value: ordinal?.value ?? null, unit: "rank", subject_country: subject, partner_country: partner });
        } else if (c.subtype === "trade_growth" || c.subtype === "export_growth" || c.subtype === "import_growth") {
          const pct = firstLeast(inClause(facts.percents), (a, b) => Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start));
          const fall = /\b(?:fell|declined|dropped|shrank|contracted|slipped|dipped|plunged|decreased|down)\b/i.test(text.slice(trigger.start, trigger.end));
          const bilateral = c.subtype === "trade_growth";
          const partner = mentions.find((x2) => x2.start > trigger.start && x2.country !== c.actor_1)?.country ?? c.actor_2;
          Object.assign(c.details, {
            indicator: c.subtype,
            value: pct ? fall ? -pct.value : pct.value : null,
            unit: "percent",
            subject_country: bilateral ? state.focus[0] : c.actor_1,
            partner_country: (bilateral ? state.focus[1] : partner) ?? null
          });
        } else if (c.subtype === "exports" || c.subtype === "imports") {
          const m = money[0];
          const partner = mentions.find((x2) => x2.start > trigger.start && x2.country !== c.actor_1)?.country ?? c.actor_2;
          Object.assign(c.details, { indicator: c.subtype, value: m?.amount ?? null, unit: currencyOf(m, c), subject_country: c.actor_1, partner_country: partner ?? null });
        } else if (c.subtype === "trade_volume") {
          const m = money[0];
          Object.assign(c.details, { indicator: "trade_volume", value: m?.amount ?? null, unit: currencyOf(m, c), subject_country: state.focus[0], partner_country: state.focus[1] ?? null });
        }
        return [c];
      }
      default:
        return [c];
    }
  };
}
function firstMatch(s, patterns) {
  for (const re of patterns) {
    const m = s.match(re);
    if (m) return m;
  }
  return void 0;
}

// pipeline/extract/names.ts
var APPOSITION_CUE = /,\s+(?:the\s+|an?\s+)?\p{Lu}/u;
var NAME = String.raw`\p{Lu}[\p{Ll}’'-]*\p{Ll}(?:\s+\p{Lu}[\p{Ll}’'-]*\p{Ll}){0,2}`;
function buildNameRules(lex, origins = []) {
  const titles = phraseRegex(lex.role_titles, "u").source;
  const modifier = String.raw`(?:(?:First\s+)?(?:Deputy|Vice|Assistant|Acting|Executive)[\s-]+)?`;
  const portfolio = String.raw`(?:(?:${lex.portfolio_words.join("|")})\s+)?`;
  const link = String.raw`(?:\s+(?:of|to)\s+(?:the\s+)?(?<linked>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}))?`;
  return {
    titled: new RegExp(String.raw`(?<![\p{L}])(?<title>${modifier}${portfolio}${titles})${link}\s+(?<name>${NAME})(?![\p{L}])`, "gu"),
    // "Alena Kupchyna, Belarus' Deputy Foreign Minister," / "Wang Yong, a Chinese State Councillor".
    apposition: new RegExp(String.raw`(?<![\p{L}])(?<name>\p{Lu}[\p{Ll}’'-]*\p{Ll}(?:\s+\p{Lu}[\p{Ll}’'-]*\p{Ll}){1,2}),\s+(?:the\s+|an?\s+)?(?<adj>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?:['’]s?)?\s+(?<title>${modifier}${portfolio}${titles})(?![\p{L}])`, "gu"),
    particle: /^(?:of|the|and|in|on|at|to|for|with)$/i,
    heads: withoutContaining(lex.role_titles.map((t) => t.split(/[\s-]+/).pop())),
    surnameCountry: new Map(origins.flatMap((o) => o.surnames.map((n) => [n, o.country])))
  };
}
var textPersonId = (name) => `person:${name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’']/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
var overlapsAny = (s, e, ms) => ms.some((m) => s < m.end && m.start < e);
function surnameCountry(name, rules) {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^[A-Z][a-z]+$/.test(w))) return null;
  return rules.surnameCountry.get(words[0]) ?? null;
}
function titleCountry(text, titleStart, linkedText, linkedStart, mentions) {
  const before = mentions.filter((m) => m.country && m.kind === "country" && m.end <= titleStart && /^(?:['’]s?)?\s+(?:(?:then|former|visiting|acting|the)\s+)*$/iu.test(text.slice(m.end, titleStart)));
  if (before.length) return before[before.length - 1].country;
  if (linkedText && /\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, linkedStart - 8), linkedStart))) {
    const linked = mentions.find((m) => m.country && m.end > linkedStart && m.start < linkedStart + linkedText.length);
    if (linked) return linked.country;
  }
  return null;
}
function findTextPeople(text, start, end, mentions, rules, found, surnames) {
  const out = [];
  const slice = text.slice(start, end);
  const taken = () => [...mentions, ...out];
  const add = (name, at, country, role) => {
    const before = taken();
    const words = name.split(/\s+/);
    if (overlapsAny(at, at + words[0].length, before)) return;
    while (words.length > 1 && overlapsAny(at + words.slice(0, -1).join(" ").length + 1, at + name.length, before)) words.pop();
    const clean = words.join(" ");
    const e = at + clean.length;
    if (overlapsAny(at, e, before)) return;
    if (words.length < 2 && !surnames.has(clean)) return;
    const id = surnames.get(clean) && words.length < 2 ? surnames.get(clean) : textPersonId(clean);
    const known = found.get(id);
    const person = known ?? { id, name: clean, country: country ?? surnameCountry(clean, rules), role };
    if (!known) found.set(id, person);
    else if (!known.country && country) known.country = country;
    if (words.length >= 2) surnames.set(words[words.length - 1], id);
    if (words.length >= 2 && surnameCountry(clean, rules)) surnames.set(words[0], id);
    out.push({ kind: "person", id, country: person.country, form: "name", start: at, end: e, subtype: "text" });
  };
  const titled = rules.heads.some((h) => slice.includes(h));
  for (const m of titled ? matchesOf(rules.titled, slice) : []) {
    const g = { ...m.groups };
    const lastLinked = g.linked ? /\s+(\S+)$/.exec(g.linked) : null;
    if (lastLinked && !/\s/.test(g.name)) {
      g.name = `${lastLinked[1]} ${g.name}`;
      g.linked = g.linked.slice(0, lastLinked.index);
    }
    const at = start + m.index;
    const nameAt = at + m[0].length - g.name.length;
    const linkedAt = g.linked ? at + m[0].indexOf(g.linked, g.title.length) : -1;
    if (g.linked && !mentions.some((x2) => (x2.kind === "country" || x2.kind === "place") && x2.start <= linkedAt && linkedAt < x2.end)) continue;
    if (rules.particle.test(g.name.split(/\s+/)[0])) continue;
    add(g.name, nameAt, titleCountry(text, at, g.linked, linkedAt, mentions), g.title.replace(/\s+/g, " "));
  }
  for (const m of titled && APPOSITION_CUE.test(slice) ? matchesOf(rules.apposition, slice) : []) {
    const g = m.groups;
    const at = start + m.index;
    const adjAt = at + m[0].indexOf(g.adj, g.name.length);
    const country = mentions.find((x2) => x2.kind === "country" && x2.start === adjAt)?.country;
    if (!country) continue;
    add(g.name, at, country, g.title.replace(/\s+/g, " "));
  }
  if (surnames.size && [...surnames.keys()].some((n) => slice.includes(n))) {
    for (const w of matchesOf(/\p{Lu}[\p{Ll}’'-]*\p{Ll}/gu, slice)) {
      const id = surnames.get(w[0]);
      const s = start + w.index;
      if (!id || overlapsAny(s, s + w[0].length, taken())) continue;
      const p = found.get(id);
      out.push({ kind: "person", id, country: p.country, form: "short", start: s, end: s + w[0].length, subtype: "text" });
    }
  }
  return out;
}
function withTextPeople(mentions, people2) {
  return people2.length ? sortInPlace([...mentions, ...people2], (a, b) => a.start - b.start) : mentions;
}

// pipeline/extract.ts
function buildExtractor() {
  const ref = loadReference();
  const amounts = buildAmountRules(ref.currencies, ref.lexicon);
  return { ref, gazetteer: buildGazetteer(ref), amounts, events: buildEventRules(ref, buildMaskRules(ref.lexicon)), details: buildDetails(ref, amounts), names: buildNameRules(ref.lexicon, ref.nameOrigins), caption: new RegExp(ref.lexicon.caption_marker, "u"), currencyWords: ref.currencies.flatMap((c) => [...c.names, ...c.symbols]).map((w) => w.toLowerCase()), model: loadCandidateModel(referenceDir2), sentenceModel: loadSentenceModel(referenceDir2), proposals: buildProposalRules(ref) };
}
function focusCountries(facts) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of facts) for (const m of f.mentions) if (m.country && m.kind !== "organisation") counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2) return ranked.map(([c]) => c);
  return ranked.filter(([, n], i) => i < 2 || n >= ranked[1][1] * 0.75).map(([c]) => c);
}
function newsDateOf(facts, published, text) {
  for (const f of facts) {
    const d = f.dates.find((x2) => x2.precision === "day" && x2.value && isWithinDaysBefore(x2.value, published, 10));
    if (!d || text && isStampLine(text.slice(f.start, f.end), f.dates.map((x2) => x2.text))) continue;
    return { text: d.text, value: d.value, precision: "day", basis: "inferred_from_context" };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return { text: published, value: published, precision: "day", basis: "relative_to_publication" };
  return null;
}
function isWithinDaysBefore(value, published, days) {
  const n = daysBetween(value, published);
  return n >= 0 && n <= days;
}
function isStampLine(sentence, dates) {
  let rest = sentence;
  for (const d of dates) rest = rest.replace(d, " ");
  return dates.length > 0 && !/\p{L}/u.test(rest.replace(/\b(?:[ap]\.?m\.?|UTC|GMT|MSK)\b/giu, ""));
}
function headlineCandidates(found, newsDate) {
  return found.flatMap((c) => {
    if (c.date?.value) return [c];
    return newsDate ? [{ ...c, date: { ...newsDate, basis: "inferred_from_context" } }] : [];
  });
}
function unifyUnnamedVisitors(candidates) {
  const named = candidates.filter((c) => c.category === "visit" && c.date?.value && typeof c.details.visitor_id === "string" && !c.details.visitor_id.startsWith("delegation:"));
  for (const c of candidates) {
    if (c.category !== "visit" || !c.date?.value || !String(c.details.visitor_id ?? "").startsWith("delegation:")) continue;
    const same = named.find((n) => n.actor_1 === c.actor_1 && n.actor_2 === c.actor_2 && datesCompatible(n.date.value, c.date.value));
    if (same) c.details = { ...c.details, visitor_id: same.details.visitor_id };
  }
}
function withoutTalksDuringVisits(candidates) {
  const visits = candidates.filter((c) => c.category === "visit" && c.date?.value?.length === 10);
  if (!visits.length) return candidates;
  const during = (c) => visits.some((v) => {
    const pair = [v.actor_1, v.actor_2].sort().join() === [c.actor_1, c.actor_2].sort().join();
    const days = daysBetween(v.date.value, c.date.value);
    return pair && days >= 0 && days < Math.max(Number(v.details.duration_days ?? 0), 3);
  });
  return candidates.filter((c) => !(c.category === "diplomatic_relations" && c.subtype === "talks" && c.date?.value?.length === 10 && during(c)));
}
function isPartOfCurrency(text, m, words) {
  const length = m.end - m.start;
  return words.some((w) => w.length > length && text.slice(m.start, m.start + w.length).toLowerCase() === w && !(/\p{L}$/u.test(w) && /\p{L}/u.test(text.charAt(m.start + w.length))));
}
function extractArticle(article, x2, explain, beforeModel) {
  const { text } = article;
  const seenPeople = /* @__PURE__ */ new Set();
  const textPeople = /* @__PURE__ */ new Map();
  const surnames = /* @__PURE__ */ new Map();
  const mentionsOf = (start, end) => {
    const listed = findMentions(text, start, end, x2.gazetteer, seenPeople).filter((m) => !(m.kind === "country" && isPartOfCurrency(text, m, x2.currencyWords)));
    return withTextPeople(listed, findTextPeople(text, start, end, listed, x2.names, textPeople, surnames));
  };
  const frames = new TemporalFrames(article);
  let lastDate = null;
  let dateline = null;
  const facts = article.sentences.map((s, index) => {
    const line = datelineOf(text, s, article.meta.published, x2.ref.lexicon);
    if (line?.published) dateline = { block: s.block, published: line.published };
    const published = dateline?.block === s.block ? dateline.published : article.meta.published;
    const found = (year) => findDates(text, s.entities, published, x2.ref.lexicon, s, year ?? void 0);
    let own = found(frames.yearFor(s, index));
    const opening = frames.openingYear(s, own);
    if (opening && own.some((d) => d.basis !== "explicit" && d.value)) own = found(opening);
    if (line && own.some((d) => d.start >= line.end && d.value)) own = own.filter((d) => d.start >= line.end);
    const dates = own.map((d) => {
      if (d.value) return d;
      const resolved = anaphoricDate(d.text, lastDate, x2.ref.lexicon) ?? (/\bday\b/i.test(d.text) && /^\d{4}-\d{2}-\d{2}$/.test(published) ? anaphoricDate(d.text, published, x2.ref.lexicon) : null);
      return resolved ? { ...d, ...resolved } : d;
    });
    frames.noteOpening(s, index, dates, article.meta.published);
    const dated = dates.filter((d) => d.value);
    if (dated.length) lastDate = dated[dated.length - 1].value;
    const start = line ? line.end : s.start;
    let money;
    let percents;
    let ordinals;
    return {
      index,
      start,
      end: s.end,
      block: s.block,
      mentions: mentionsOf(start, s.end),
      dates,
      get money() {
        return money ??= findMoney(text, start, s.end, x2.amounts);
      },
      get percents() {
        return percents ??= findPercents(text, start, s.end);
      },
      get ordinals() {
        return ordinals ??= findOrdinals(text, start, s.end, x2.amounts);
      }
    };
  });
  const focus = focusCountries(facts);
  const rubric = new RegExp(x2.ref.lexicon.item_rubric, "u");
  const itemFocus = /* @__PURE__ */ new Map();
  const factsOfBlock = /* @__PURE__ */ new Map();
  for (const f of facts) {
    if (!factsOfBlock.has(f.block)) factsOfBlock.set(f.block, []);
    factsOfBlock.get(f.block).push(f);
  }
  article.blocks.forEach((b, i) => {
    const own = focusCountries(factsOfBlock.get(i) ?? []);
    if (rubric.test(text.slice(b.start, b.end)) && own.length >= 2) itemFocus.set(i, own.slice(0, 2));
  });
  const isReport = x2.ref.lexicon.report_genres.includes(String(article.meta.genre ?? ""));
  const state = { newsDate: newsDateOf(facts, article.meta.published, text), published: article.meta.published, focus, prevSubject: null, history: [], prevEvents: [], prevBlock: -1, prevPeople: [], recentPeople: [], visits: [], frame: null, lastDate: null, newsEvents: [], prevLenders: [], isReport, moneyPairs: /* @__PURE__ */ new Map(), textPeople };
  if (explain) explain(`focus countries: ${focus.join(", ") || "\u2013"}; news day: ${state.newsDate?.value ?? "\u2013"}`);
  const candidates = facts.flatMap((f) => {
    state.focus = itemFocus.get(f.block) ?? focus;
    if (x2.caption.test(text.slice(f.start, f.end))) {
      if (explain) explain(`
[${f.index}] block ${f.block}: a photo caption, skipped`);
      return [];
    }
    if (explain) state.trace = [];
    const found = sentenceCandidates(text, f, state, x2.events, x2.details);
    const headed = article.blocks[f.block]?.kind === "title" ? headlineCandidates(found, state.newsDate) : found;
    const dated = headed.map((c) => withRecurrence(c, text, x2.ref.lexicon));
    if (explain) explainSentence(text, f, dated, state.trace ?? [], explain);
    return dated;
  });
  unifyUnnamedVisitors(candidates);
  const ruled = withoutTalksDuringVisits(candidates);
  const ctx = { text, facts, blockKinds: article.blocks.map((b) => b.kind), genre: String(article.meta.genre ?? ""), published: article.meta.published, focus, candidates: ruled, isReport, newsDate: state.newsDate };
  beforeModel?.(ruled, ctx);
  const say = explain && ((line) => explain(`
${line}`));
  const proposed = proposedCandidates(ctx, ruled, x2.sentenceModel, x2.proposals, say);
  const kept = [...plausibleCandidates(ruled, ctx, x2.model, say), ...proposed].sort((a, b) => a.sentence - b.sentence);
  const { blocks: _b, sentences: _s, ...source } = article;
  const ids2 = /* @__PURE__ */ new Set();
  for (const f of facts) for (const m of f.mentions) if (m.subtype !== "text") ids2.add(m.id);
  const entity_ids = [...ids2].sort();
  const text_entities = [...textPeople.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { source, focus, entity_ids, text_entities, candidates: kept };
}
function withRecurrence(c, text, lex) {
  const date = recurringDate(text.slice(c.quote[0], c.quote[1]), c.category, c.date, lex);
  return date ? { ...c, date } : c;
}
function explainSentence(text, f, kept, trace, say) {
  const clip = (s, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}\u2026` : s).replace(/\s+/g, " ");
  say(`
[${f.index}] block ${f.block}: ${clip(text.slice(f.start, f.end))}`);
  if (f.mentions.length) say(`  mentions: ${f.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.kind}:${m.id}${m.country ? `(${m.country})` : ""}${m.subtype === "text" ? " [from its title]" : ""}`).join("; ")}`);
  if (f.dates.length) say(`  dates:    ${f.dates.map((d) => `"${d.text}"=${d.value ?? "vague"} ${d.basis}${d.days ? ` ${d.days} days` : ""}`).join("; ")}`);
  if (f.money.length) say(`  money:    ${f.money.map((m) => `${m.text}=${m.amount} ${m.currencies.join("/")}`).join("; ")}`);
  for (const c of kept) say(`  kept     ${c.rule ?? c.category}: ${c.actor_1}\u2192${c.actor_2 ?? "\u2013"} ${c.date?.value ?? "undated"}${c.date?.endValue ? `..${c.date.endValue}` : ""}${c.date?.recurrence ? ` ${c.date.recurrence}` : ""} (${c.date?.basis ?? "undated"}) trigger "${text.slice(c.trigger[0], c.trigger[1])}"`);
  for (const t of trace) say(`  ${t}`);
}
if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage("extract", () => {
    const args = process.argv.slice(2);
    if (args[0] === "--explain") {
      const txt = args[1] ?? "";
      const article = ingestArticle(dirname2(txt), basename3(txt).replace(/\.(txt|json)$/, ""));
      extractArticle(article, buildExtractor(), (line) => console.log(line));
      return;
    }
    const [input, out] = args;
    writeJsonAtomic(out, extractArticle(readJsonFile(input, "ingested article"), buildExtractor()));
  });
}

// pipeline/bench.ts
import { mkdtempSync, writeFileSync as writeFileSync2, readFileSync as readFileSync4, readdirSync, rmSync as rmSync2 } from "node:fs";
import { tmpdir, loadavg, cpus } from "node:os";
import { join as join5 } from "node:path";
import { performance } from "node:perf_hooks";
function random(seed) {
  return () => {
    seed |= 0;
    seed = seed + 1831565813 | 0;
    let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
var people = ["Premier Wen Jiabao", "Vice-President Xi Jinping", "President Alexander Lukashenko", "Prime Minister Mikhail Myasnikovich", "Foreign Minister Vladimir Makei", "Foreign Minister Wang Yi", "President Vladimir Putin", "Premier Li Keqiang"];
var places = ["Minsk", "Beijing", "Shanghai", "Moscow", "Belarus", "China", "Russia", "Kazakhstan", "Serbia", "Harbin"];
var months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var templates = [
  (p, q, y, m, n) => `${p} paid a ${n % 4 + 2}-day visit to ${q} in ${m} ${y}, accompanied by a delegation of ${n + 20} officials.`,
  (p, q, y, m, n) => `On ${n % 27 + 1} ${m} ${y}, ${p} and his hosts in ${q} signed ${n % 20 + 2} agreements worth US$${n % 9 + 1}.${n % 10} billion.`,
  (_p, q, y, _m, n) => `Trade between China and ${q} grew by ${n % 80 + 3} percent in ${y}, officials said.`,
  (_p, q, y, m, n) => `In ${m} ${y}, China extended a loan of RMB ${n % 50 + 5} bn to ${q} for a new power plant.`,
  (_p, q, y, _m, n) => `Analysts in ${q} argue that the partnership, which began in ${y}, is driven by ${n % 2 ? "economics" : "politics"} rather than ideology.`,
  (p, q, y, _m) => `${p} is expected to travel to ${q} in ${y + 20}, although no date has been set.`,
  (_p, q, y, m) => `A Chinese troupe gave three concerts in ${q} in ${m} ${y}, and the embassy held an exhibition of Chinese painting.`,
  (_p, q) => `Critics note that ${q} has few resources and a small market, which makes the attention it receives somewhat puzzling.`,
  (_p, q) => `One might argue, of course, that the economic and political motives of ${q}'s diplomacy go hand-in-hand.`,
  (_p, q, _y, _m, n) => `The asymmetry in the relationship gives ${q} leeway to pursue its own aims, and ${n % 2 ? "officials" : "observers"} tend to think long-term.`,
  (_p, q) => `How does ${q} fit into this strategy? The most likely answer is that it offers an opportunity rather than a model.`,
  (p, q) => `In conclusion, the author argued that ${p} could only stay in office in ${q} if employment remained high and public services stayed good.`
];
function generateCorpus(bytes, seed = 42) {
  const rnd = random(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const articles = [];
  let total = 0;
  while (total < bytes) {
    const paragraphs = [`Relations report ${articles.length + 1}`];
    for (let p = 0; p < 8; p++) {
      const sentences = [];
      for (let s = 0; s < 5; s++) sentences.push(pick(templates)(pick(people), pick(places), 1995 + Math.floor(rnd() * 16), pick(months), Math.floor(rnd() * 1e3)));
      paragraphs.push(sentences.join(" "));
    }
    const text = paragraphs.join("\n\n") + "\n";
    articles.push({ id: `bench-${String(articles.length + 1).padStart(4, "0")}`, text });
    total += Buffer.byteLength(text);
  }
  return articles;
}
function main() {
  const corpus = generateCorpus(11e5);
  const dir2 = mkdtempSync(join5(tmpdir(), "bench-"));
  for (const a of corpus) {
    writeFileSync2(join5(dir2, `${a.id}.txt`), a.text);
    writeFileSync2(join5(dir2, `${a.id}.json`), JSON.stringify({ title: `Relations report ${a.id.slice(6)}`, published: "2011-06-30" }));
  }
  const seed = readFileSync4(new URL("../sources/articles/what-drives-china-belarus-relations.txt", import.meta.url), "utf8");
  writeFileSync2(join5(dir2, "seed.txt"), seed);
  writeFileSync2(join5(dir2, "seed.json"), JSON.stringify({ title: "What Drives China-Belarus Relations", published: "2011-03" }));
  const ids2 = readdirSync(dir2).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
  const texts = ids2.map((id) => readFileSync4(join5(dir2, `${id}.txt`), "utf8"));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const extractor = buildExtractor();
  countSentencesAndEntities("Warm-up sentence in March 2010.");
  extractArticle(ingestArticle(dir2, ids2[0]), extractor);
  const cpuSeconds = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const cpu2 = {};
  const best = (name, fn, runs = 3) => Math.min(...Array.from({ length: runs }, () => {
    const t = performance.now();
    const c = cpuSeconds();
    fn();
    cpu2[name] = Math.min(cpu2[name] ?? Infinity, cpuSeconds() - c);
    return (performance.now() - t) / 1e3;
  }));
  let facts = 0;
  const bare = best("bare", () => texts.reduce((n, t) => n + countSentencesAndEntities(t).entities, 0));
  const ours = best("ours", () => facts = ids2.reduce((n, id) => n + extractArticle(ingestArticle(dir2, id), extractor).candidates.length, 0));
  rmSync2(dir2, { recursive: true, force: true });
  console.log(`corpus: ${ids2.length} articles, ${mb.toFixed(2)} MB (generated, seed 42, plus the first article)`);
  console.log(`bare wink-nlp (sentences + entities): ${(mb / bare).toFixed(2)} MB/s (${bare.toFixed(2)} s)`);
  console.log(`our extraction (ingest + extract):    ${(mb / ours).toFixed(2)} MB/s (${ours.toFixed(2)} s), ${facts} candidate facts`);
  console.log(`ratio: ${(bare / ours).toFixed(2)}x the library's time (${(100 * bare / ours).toFixed(0)}% of its speed; target >= 50%)`);
  console.log(`CPU time, best of 3: bare ${cpu2.bare.toFixed(2)} s, ours ${cpu2.ours.toFixed(2)} s (${(100 * cpu2.bare / cpu2.ours).toFixed(0)}% by CPU time)`);
  console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(", ")} (1, 5, 15 min) on ${cpus().length} cores`);
}
if (import.meta.url === `file://${process.argv[1]}`) main();

// ../../tmp/b3/prof-entry.ts
var dir = mkdtempSync2(join6(tmpdir2(), "b3run-"));
for (const a of generateCorpus(11e5)) {
  writeFileSync3(join6(dir, `${a.id}.txt`), a.text);
  writeFileSync3(join6(dir, `${a.id}.json`), JSON.stringify({ title: `Relations report ${a.id.slice(6)}`, published: "2011-06-30" }));
}
var ids = readdirSync2(dir).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
var x = buildExtractor();
var arts = ids.map((id) => ingestArticle(dir, id));
var N = Number(process.env.N ?? 5);
var cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
for (let r = 0; r < N; r++) {
  const c0 = cpu();
  if (process.env.INGEST) for (const id of ids) ingestArticle(dir, id);
  const c1 = cpu();
  let n = 0;
  for (const a of arts) n += extractArticle(a, x).candidates.length;
  console.log(`round ${r}: ingest ${(c1 - c0).toFixed(3)} extract ${(cpu() - c1).toFixed(3)} s CPU, ${n} candidates`);
}
