import { concretePath, fieldsOf, handlerOf, MOVE_HANDLERS, routeOfHandler } from './move-routes';
import { MeetingDto } from './dto/dialogue.dto';
import { DraftDto } from './dto/draft.dto';

describe('the route of each move, read from the command controller', () => {
  it('gives every command type a route the controller serves', () => {
    const routes = Object.entries(MOVE_HANDLERS).map(([type, handler]) => [type, routeOfHandler(handler).method, routeOfHandler(handler).template]);
    expect(routes).toContainEqual(['SET_SHARED_GOAL', 'PUT', '/partnerships/:id/shared-goal']);
    expect(routes).toContainEqual(['REVIEW_DRAFT', 'POST', '/partnerships/:id/drafts/:version/reviews']);
    for (const [, method, template] of routes) {
      expect(['POST', 'PUT']).toContain(method);
      expect(template).toMatch(/^\/partnerships\/:id\/[a-zA-Z-/:]+$/);
    }
  });

  it('sends a meeting about a follow-up to its own route, with the due date in the path', () => {
    const route = routeOfHandler(handlerOf({ type: 'RECORD_MEETING', ref: '2027-03-01' }));
    expect(concretePath(route.template, 'p-1', '2027-03-01')).toBe('/partnerships/p-1/follow-ups/2027-03-01/meetings');
    expect(routeOfHandler(handlerOf({ type: 'RECORD_MEETING' })).template).toBe('/partnerships/:id/meetings');
    expect(route.body).toBe(MeetingDto);
  });

  it('knows a move without a body: closing the dialogue', () => {
    expect(routeOfHandler(MOVE_HANDLERS.CLOSE_DIALOGUE).body).toBeUndefined();
  });

  it("describes a body's fields as its validators check them, nested objects included", () => {
    const meeting = fieldsOf(MeetingDto);
    expect(meeting.map((f) => [f.name, f.required, f.type])).toEqual([
      ['date', true, 'string'],
      ['attendees', true, 'array'],
      ['minutes', true, 'string'],
    ]);
    expect(meeting.find((f) => f.name === 'date')?.format).toBe('date');
    expect(meeting.find((f) => f.name === 'attendees')).toMatchObject({ minItems: 1, maxItems: 50 });
    expect(meeting.find((f) => f.name === 'attendees')?.fields?.map((f) => [f.name, f.type])).toEqual([
      ['party', 'string'],
      ['names', 'array'],
    ]);
    const draft = fieldsOf(DraftDto);
    expect(draft.find((f) => f.name === 'terminationNoticeMonths')).toEqual({
      name: 'terminationNoticeMonths',
      required: true,
      type: 'integer',
      minimum: 0,
      maximum: 36,
    });
    const principles = draft.find((f) => f.name === 'principles');
    expect(principles?.fields?.map((f) => [f.name, f.required, f.maxLength])).toContainEqual(['DIALOGUE', false, 4000]);
  });
});
