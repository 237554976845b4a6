import { clientErrorResponse } from './client-error';

describe('clientErrorResponse', () => {
  const parse = (raw: string) => {
    const [head, body] = raw.split('\r\n\r\n');
    return { head, body: JSON.parse(body) as Record<string, unknown> };
  };

  it('answers an oversized request line or headers with 431 problem+json', () => {
    const { head, body } = parse(clientErrorResponse({ code: 'HPE_HEADER_OVERFLOW' }));
    expect(head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(head).toContain('Content-Type: application/problem+json; charset=utf-8');
    expect(head).toContain('Connection: close');
    expect(body).toMatchObject({ status: 431, code: 'CORE.HEADERS_TOO_LARGE' });
  });

  it('anything else the parser refuses is a 400, with a matching Content-Length', () => {
    const raw = clientErrorResponse({ code: 'HPE_INVALID_METHOD' });
    const { head, body } = parse(raw);
    expect(body).toMatchObject({ status: 400, code: 'CORE.MALFORMED_REQUEST' });
    const length = Number(/Content-Length: (\d+)/.exec(head)![1]);
    expect(length).toBe(Buffer.byteLength(raw.split('\r\n\r\n')[1]));
  });
});
