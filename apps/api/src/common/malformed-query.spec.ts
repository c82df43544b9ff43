import { malformedQueryParameters } from './malformed-query';

describe('query parameters that are not percent-encoded UTF-8', () => {
  it('names each parameter whose value or name does not decode, and none that does', () => {
    expect(malformedQueryParameters('/frameworks?publicParty=%ED%A0%80&status=IN_FORCE')).toEqual(['publicParty']);
    expect(malformedQueryParameters('/x?a=100%&b=%E2%82%AC&c=Region+Sk%C3%A5ne')).toEqual(['a']);
    expect(malformedQueryParameters('/x?%ZZ=1')).toEqual(['%ZZ']);
    expect(malformedQueryParameters('/x?publicParty=Region%20V%C3%A4sternorrland&empty=&flag')).toEqual([]);
    expect(malformedQueryParameters('/x')).toEqual([]);
  });
});
