'use strict';
// An error subclass with its own constructor.
class ValidationError extends Error {
  constructor(field) {
    super(`invalid ${field}`);
    this.name = 'ValidationError';
  }
}
function validate() { throw new ValidationError('name'); }
validate();
