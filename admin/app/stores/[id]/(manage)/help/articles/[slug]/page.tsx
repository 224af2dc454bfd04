import { HelpArticlePage } from '../../../../../../../components/manage/help-article-page';

export default async function StoreHelpArticlePage({
  params,
}: {
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  return <HelpArticlePage slug={slug} />;
}
