'use strict';

// internal/util/parse_args — util.parseArgs(config) as in Node v20.
//
// Two passes. The first turns the arguments into tokens: { kind: 'option', name, rawName,
// index, value, inlineValue }, { kind: 'positional', index, value } and
// { kind: 'option-terminator', index } ('--': everything after it is positional). Short groups
// (-abc) expand to one token per letter, all with the group's index; a string option inside a
// group takes the rest of the group as its value (-abfFILE). A string option with no inline
// value takes the next argument, whatever it looks like ("greedy"). The second pass checks the
// tokens (strict mode: unknown options, missing or unexpected values, values that look like
// options, positionals when not allowed) and stores the values in a null-prototype object;
// defaults fill what the arguments did not set.
//
// Only own properties of config, options and option configs count.

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

// obj[key] when it is an own property.
function ownValue(obj, key) {
  return hasOwn(obj, key) ? obj[key] : undefined;
}

// options[name][key] when both are own properties.
function optionValue(options, name, key) {
  return hasOwn(options, name) ? ownValue(options[name], key) : undefined;
}

// The process's own arguments: after the script, or after the executable for -e/-p.
function mainArgs() {
  const execArgv = process.execArgv;
  let evaluating = typeof process._eval === 'string';
  for (let i = 0; !evaluating && i < execArgv.length; i++) {
    const a = execArgv[i];
    evaluating = a === '-e' || a === '-p' || a === '--eval' || a === '--print' || a === '-pe' ||
      a.startsWith('--eval=') || a.startsWith('--print=');
  }
  return process.argv.slice(evaluating ? 1 : 2);
}

// The long name of short option letter `short`: the option that declares it, or the letter.
function longNameOf(short, options) {
  const names = Object.keys(options);
  for (let i = 0; i < names.length; i++) {
    if (ownValue(options[names[i]], 'short') === short) return names[i];
  }
  return short;
}

function isStringOption(options, name) {
  return optionValue(options, name, 'type') === 'string';
}

// '-f'
function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

// '--foo' (no '=' after the name's first letter)
function isLoneLongOption(arg) {
  return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}

// '--foo=bar'
function isLongOptionAndValue(arg) {
  return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}

// '-abc' whose first letter is not a string option.
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return !isStringOption(options, longNameOf(arg[1], options));
}

// '-fVALUE' where f is a string option.
function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return isStringOption(options, longNameOf(arg[1], options));
}

// A value starting with '-' (other than '-' itself) was probably meant as an option.
function looksLikeOption(value) {
  return value != null && value.length > 1 && value[0] === '-';
}

function tokenize(args, options) {
  const tokens = [];
  let index = -1;
  let groupLeft = 0; // tokens still to come from the current short group
  const rest = args.slice();
  while (rest.length > 0) {
    const arg = rest.shift();
    const next = rest[0];
    if (groupLeft > 0) groupLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (let i = 0; i < rest.length; i++) tokens.push({ kind: 'positional', index: ++index, value: rest[i] });
      break;
    }

    // '-f' or '--foo': a string option takes the next argument as its value.
    if (isLoneShortOption(arg) || isLoneLongOption(arg)) {
      const name = arg[1] === '-' ? arg.slice(2) : longNameOf(arg[1], options);
      let value;
      let inlineValue;
      if (isStringOption(options, name) && next != null) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const letter = arg[i];
        if (!isStringOption(options, longNameOf(letter, options)) || i === arg.length - 1) {
          expanded.push(`-${letter}`);
        } else {
          expanded.push(`-${arg.slice(i)}`); // a string option takes the rest as its value
          break;
        }
      }
      rest.unshift(...expanded);
      groupLeft = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const letter = arg[1];
      tokens.push({
        kind: 'option', name: longNameOf(letter, options), rawName: `-${letter}`,
        index, value: arg.slice(2), inlineValue: true,
      });
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// Strict mode: the option must be known (or a --no-<boolean> when negation is allowed), and its
// value must match its type.
function checkOptionUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    if (config.allowNegative && name.startsWith('no-')) {
      name = name.slice(3);
      if (!hasOwn(config.options, name) || optionValue(config.options, name, 'type') !== 'boolean') {
        throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
      }
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionValue(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionValue(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

// Strict mode: `--foo --bar` with foo a string option is probably a mistake.
function checkOptionLikeValue(token) {
  if (token.inlineValue || !looksLikeOption(token.value)) return;
  const example = token.rawName.startsWith('--') ?
    `'${token.rawName}=-XYZ'` :
    `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function storeOption(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  // The value as given (true for a bare flag), whatever the option's declared type.
  const newValue = value ?? true;
  if (optionValue(options, name, 'multiple')) {
    if (values[name]) values[name].push(newValue);
    else values[name] = [newValue];
  } else {
    values[name] = newValue;
  }
}

function validateConfig(args, strict, allowPositionals, returnTokens, allowNegative, options) {
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  const entries = Object.entries(options);
  for (let i = 0; i < entries.length; i++) {
    const name = entries[i][0];
    const optionConfig = entries[i][1];
    validateObject(optionConfig, `options.${name}`);
    const type = ownValue(optionConfig, 'type');
    validateUnion(type, `options.${name}.type`, ['string', 'boolean']);

    if (hasOwn(optionConfig, 'short')) {
      const short = optionConfig.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }

    const multiple = ownValue(optionConfig, 'multiple');
    if (hasOwn(optionConfig, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);

    const defaultValue = ownValue(optionConfig, 'default');
    if (defaultValue !== undefined) {
      const where = `options.${name}.default`;
      if (type === 'string') {
        if (multiple) validateStringArray(defaultValue, where);
        else validateString(defaultValue, where);
      } else if (multiple) {
        validateBooleanArray(defaultValue, where);
      } else {
        validateBoolean(defaultValue, where);
      }
    }
  }
}

// An arrow function, as in Node (no prototype).
const parseArgs = (config = {}) => {
  const args = ownValue(config, 'args') ?? mainArgs();
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateConfig(args, strict, allowPositionals, returnTokens, allowNegative, options);

  const tokens = tokenize(args, options);

  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  const entries = Object.entries(options);
  for (let i = 0; i < entries.length; i++) {
    const name = entries[i][0];
    const defaultValue = ownValue(entries[i][1], 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }

  return result;
};

module.exports = { parseArgs };
