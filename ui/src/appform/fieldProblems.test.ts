import { describe, expect, it } from 'vitest';
import { FIELD_OF_PATH } from './ApplicationFields';
import { fieldProblems } from './fieldProblems';

describe('the server validation message split by field', () => {
  it('puts each problem under the field that edits its path', () => {
    const problems = fieldProblems(
      "Create application: Application Bad_Name is invalid: metadata.name: 'Bad_Name' is not a valid name; " +
        'spec.source.repoURL: is required: the Git or Helm repository URL; ' +
        'spec.destination: server and name are both set; set exactly one of them',
      FIELD_OF_PATH,
    );
    expect(problems.byField).toEqual({
      'app-name': ["metadata.name: 'Bad_Name' is not a valid name"],
      'app-repo': ['spec.source.repoURL: is required: the Git or Helm repository URL'],
      'app-cluster': ['spec.destination: server and name are both set; set exactly one of them'],
    });
    expect(problems.general).toEqual([]);
  });

  it('prefers the longest matching path and follows list indexes', () => {
    const problems = fieldProblems(
      'x: Application a is invalid: spec.destination.namespace: bad; spec.syncPolicy.syncOptions[0]: unknown option',
      FIELD_OF_PATH,
    );
    expect(problems.byField['app-namespace']).toEqual(['spec.destination.namespace: bad']);
    expect(problems.byField['app-sync-options']).toEqual(['spec.syncPolicy.syncOptions[0]: unknown option']);
  });

  it('keeps a message that is not a validation list as a general problem', () => {
    expect(fieldProblems('Create application: permission denied', FIELD_OF_PATH)).toEqual({
      byField: {},
      general: ['Create application: permission denied'],
    });
  });
});
