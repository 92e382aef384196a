// Page object of the review screen: original, tables, 问题清单 and the decision controls.
import { expect, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class ReviewPage {
  readonly documentPane: Locator;
  readonly tablesPane: Locator;
  readonly findingsList: Locator;
  readonly confirmButton: Locator;
  readonly dismissButton: Locator;
  readonly commentBox: Locator;
  readonly correctButton: Locator;
  readonly backButton: Locator;

  constructor(readonly page: Page) {
    this.documentPane = page.getByRole('region', { name: '原文' });
    this.tablesPane = page.getByRole('region', { name: '统计表' });
    this.findingsList = page.getByRole('listbox', { name: '问题清单' });
    this.confirmButton = page.getByRole('button', { name: '确认问题', exact: true });
    this.dismissButton = page.getByRole('button', { name: '不是问题', exact: true });
    this.commentBox = page.getByRole('textbox', { name: '审查意见' });
    this.correctButton = page.getByRole('button', { name: '更正数值', exact: true });
    this.backButton = page.getByRole('button', { name: '返回', exact: true });
  }

  async waitRendered(): Promise<void> {
    await expect(this.documentPane).toHaveAttribute('data-rendered', 'true');
  }

  pdfPage(pageNumber: number): Locator {
    return this.documentPane.locator(`[data-page-number="${pageNumber}"]`);
  }

  finding(message: string | RegExp): Locator {
    return this.findingsList.getByRole('option', { name: message });
  }

  /** The value cell whose accessible name starts with its place on the form, e.g. "表四 行政复议 · 总计". */
  cell(place: string): Locator {
    return this.tablesPane.getByRole('button', { name: new RegExp(`^${escapeRegExp(place)}：`) });
  }

  /** The first decision asks for the reviewer's name once. */
  async answerReviewerName(name: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: '请输入审查人姓名' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: '审查人姓名' }).fill(name);
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async correctCell(place: string, value: string): Promise<void> {
    await this.cell(place).click();
    await this.correctButton.click();
    const dialog = this.page.getByRole('dialog', { name: '更正数值' });
    await dialog.getByRole('textbox', { name: '更正后的数值' }).fill(value);
    await dialog.getByRole('button', { name: '保存更正', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
