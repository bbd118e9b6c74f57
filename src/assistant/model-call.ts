// One call to the operator's optional OpenAI-compatible chat endpoint (ASSISTANT_MODEL_URL): the instructions and
// one user message in, the model's text or why there is none out. Never throws: callers fall back to what they had.
export interface ModelProvider {
  url: string;
  model: string;
  key: string | undefined;
  timeoutMs: number;
}

export type ModelReply = { text: string } | { failed: string };

interface ChatResponse {
  choices?: { message?: { content?: unknown } }[];
}

export async function callModel(provider: ModelProvider, instructions: string, user: string): Promise<ModelReply> {
  try {
    const response = await fetch(`${provider.url}/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(provider.key ? { authorization: `Bearer ${provider.key}` } : {}),
      },
      body: JSON.stringify({
        model: provider.model,
        temperature: 0,
        messages: [
          { role: 'system', content: instructions },
          { role: 'user', content: user },
        ],
      }),
      signal: AbortSignal.timeout(provider.timeoutMs),
    });
    if (!response.ok) return { failed: `the model endpoint answered ${response.status}` };
    const json = (await response.json()) as ChatResponse;
    const content = json.choices?.[0]?.message?.content;
    if (typeof content !== 'string') return { failed: 'the model endpoint sent no text' };
    return { text: content };
  } catch (e) {
    return {
      failed:
        e instanceof Error && e.name === 'TimeoutError'
          ? 'the model did not answer in time'
          : 'the model endpoint could not be reached',
    };
  }
}
