"""What an integrator writes with the Python client OpenAPI Generator made from the server's
/openapi.json (its python-pydantic-v1 generator): every operation the document declares, called
through the generated DefaultApi. Run by GeneratedClientTest, which reads what it prints: one
"called METHOD PATH STATUS" line for each request the client's own HTTP layer sent (the test
checks these against the routes the document declares), and a line for each result."""
import datetime
import sys

import sixps_client
from sixps_client import rest
from sixps_client.exceptions import ApiException
from sixps_client.models.diff_request import DiffRequest

sent = rest.RESTClientObject.request


def recorded(self, method, url, *args, **kwargs):
    """Says each request the generated client sends, and its answer's status."""
    path = url.split('://', 1)[1].split('/', 1)[1].split('?', 1)[0]
    try:
        answer = sent(self, method, url, *args, **kwargs)
    except ApiException as refused:
        print('called', method, '/' + path, refused.status)
        raise
    print('called', method, '/' + path, answer.status)
    return answer


rest.RESTClientObject.request = recorded

api = sixps_client.DefaultApi(sixps_client.ApiClient(sixps_client.Configuration(host=sys.argv[1])))

print('listed', sorted(stored.id for stored in api.list_formulations()))
got = api.get_formulation_with_http_info('ahmed')
etag = got.headers['ETag']
formulation = got.data
print('read', formulation['title'])

formulation['title'] = 'Formulation with the Ahmed family, saved by a generated Python client'
saved = api.put_formulation('ahmed', formulation, if_match=etag)
print('saved', saved.id, saved.etag != etag)
try:
    api.put_formulation('ahmed', formulation, if_match=etag)
    print('stale saved')
except ApiException as refused:
    print('stale refused', refused.status)

pdf = api.render(formulation, format='pdf', audience='family')
print('pdf', bytes(pdf[:5]).decode('ascii'), len(pdf) > 10000)
md = bytes(api.render(formulation, format='md')).decode('utf-8')
print('md', next(line for line in md.splitlines() if line.startswith('# ')))

findings = api.validate(formulation, as_of=datetime.date(2026, 12, 1))
print('validated', sorted(finding.code for finding in findings))
ranking = api.prioritise(formulation)
print('prioritised', [factor.id for factor in ranking.factors][:1])
before = dict(formulation, title='Before')
changes = api.diff(DiffRequest(before=before, after=formulation))
print('diffed', len(changes.changes) > 0)
print('schema', api.call_schema()['$schema'] is not None)
print('openapi', api.open_api()['openapi'])
