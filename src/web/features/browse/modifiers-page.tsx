// The list of HCPCS Level II modifiers (/browse/hcpcs/modifiers): each modifier with its descriptors, linked to
// its own page (/codes/hcpcs/{modifier}), where the whole record and its dates are shown.
import { type HcpcsModifierList, SYSTEM_HEADINGS } from '../../../catalog/index.js';
import { codePath } from '../../paths.js';

export function HcpcsModifiersPage({ list }: { list: HcpcsModifierList }) {
  return (
    <>
      <nav class="breadcrumb" aria-label="Browse path">
        <a href="/browse">Browse</a> › <a href="/browse/hcpcs">{SYSTEM_HEADINGS.hcpcs}</a> › Modifiers
      </nav>
      <h1>{SYSTEM_HEADINGS.hcpcs} modifiers</h1>
      <p class="release">
        Release {list.release}: {list.modifiers.length} modifiers.
      </p>
      <table class="modifiers">
        <thead>
          <tr>
            <th scope="col">Modifier</th>
            <th scope="col">Descriptor</th>
            <th scope="col">Short descriptor</th>
          </tr>
        </thead>
        <tbody>
          {list.modifiers.map((m) => (
            <tr key={m.code}>
              <td>
                <a href={codePath('hcpcs', m.code)}>
                  <span class="code">{m.code}</span>
                </a>
              </td>
              <td>{m.title}</td>
              <td>{m.shortTitle}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
