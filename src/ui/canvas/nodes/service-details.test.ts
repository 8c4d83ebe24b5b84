import { describe, expect, it } from 'vitest';
import { splitServiceDetails } from './service-details';

describe('splitServiceDetails', () => {
  it('takes the Service type out for the badge and keeps the rest in order', () => {
    expect(splitServiceDetails(['NodePort', '10.100.78.252', '80:32143/TCP'])).toEqual({
      type: 'NodePort',
      rest: ['10.100.78.252', '80:32143/TCP'],
    });
  });

  it('leaves details without a type as they are', () => {
    expect(splitServiceDetails(['headless'])).toEqual({ rest: ['headless'] });
  });
});
