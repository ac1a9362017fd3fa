import { expect, type Locator } from '@playwright/test';

export type Sense = 'min' | 'max';

/** Sets a column's role in the import's mapping step. */
export async function setRole(mapping: Locator, key: string, role: string): Promise<void> {
  await mapping.getByTestId(`role-${key}`).selectOption(role);
  await expect(mapping.getByTestId(`role-${key}`)).toHaveValue(role);
}

/** Sets an objective's direction in the mapping step: the min/max pair when none is chosen yet, else the toggle. */
export async function setSense(mapping: Locator, key: string, sense: Sense): Promise<void> {
  const control = mapping.getByTestId(`sense-${key}`);
  if ((await control.getAttribute('role')) === 'group') await control.getByRole('button', { name: sense, exact: true }).click();
  else if ((await control.getAttribute('data-sense')) !== sense) await control.click();
  await expect(mapping.getByTestId(`sense-${key}`)).toHaveAttribute('data-sense', sense);
}
