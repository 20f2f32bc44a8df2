"""A client written as the developer's guide shows: one requests.Session for every call, which
keeps every cookie it is given. Run by ApiClientsTest with the server's address and a
formulation's file: it keeps the caseload page's cookie, writes twenty times in a row without a
CSRF token, and calls every other route. One "called METHOD PATH STATUS" line for each request
it sent (the test checks these against the routes /openapi.json declares), then "cookies N"."""
import sys
from urllib.parse import urlsplit

import requests

base, text = sys.argv[1], open(sys.argv[2], encoding='utf-8').read()
yaml = {'Content-Type': 'application/yaml'}


def said(answer, *args, **kwargs):
    print('called', answer.request.method, urlsplit(answer.url).path, answer.status_code)


with requests.Session() as http:
    http.hooks['response'].append(said)
    http.get(base).raise_for_status()          # a page: a session cookie is kept
    r = http.get(base + 'api/formulations/ahmed')
    r.raise_for_status()
    etag = r.headers['ETag']
    for i in range(1, 21):
        body = text.replace('title: ', 'title: Edit %d ' % i, 1)
        r = http.put(base + 'api/formulations/ahmed', data=body.encode('utf-8'),
                     headers={'Content-Type': 'application/yaml', 'If-Match': etag})
        if r.status_code != 200:
            sys.exit('write %d: %d %s' % (i, r.status_code, r.text))
        etag = r.headers['ETag']
    for route in ('validate', 'prioritise'):
        http.post(base + 'api/' + route, data=text.encode('utf-8'), headers=yaml).raise_for_status()
    pdf = http.post(base + 'api/render', params={'format': 'pdf', 'audience': 'family'},
                    data=text.encode('utf-8'), headers=yaml)
    pdf.raise_for_status()
    assert pdf.content.startswith(b'%PDF-'), pdf.content[:20]
    mistyped = http.post(base + 'api/render', params={'fromat': 'pdf'},
                         data=text.encode('utf-8'), headers=yaml)
    assert mistyped.status_code == 400 and mistyped.json()['parameter'] == 'fromat'
    saved = http.get(base + 'api/formulations/ahmed').json()
    http.post(base + 'api/diff', json={'before': saved, 'after': saved}).raise_for_status()
    http.get(base + 'api/schema').raise_for_status()
    assert [f['id'] for f in http.get(base + 'api/formulations').json()] == ['ahmed']
    http.get(base + 'openapi.json').raise_for_status()
    print('cookies', len(http.cookies))
