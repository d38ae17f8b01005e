/** The workflow of a reported figure (see README.md): pure rules shared by every table of reported figures. */
export * from './status';
export * from './save';
export * from './review';
export * from './refusals';
