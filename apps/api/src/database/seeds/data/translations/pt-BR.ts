import type { LocaleTranslationSeed } from './types';

/** Catalogue text in locale 'pt-BR' (see ./types.ts). */
export const PT_BR: LocaleTranslationSeed = {
  locale: 'pt-BR',
  courses: {
    'FR-101': {
      title: 'Primeira Resposta em Locais de Crimes Cibernéticos',
      summary:
        'O que o primeiro policial a chegar ao local deve fazer — e o que não deve fazer — para que a evidência digital chegue íntegra ao laboratório e ao juízo. Aborda o isolamento e a preservação do local, os dados voláteis, a apreensão e o acondicionamento de dispositivos e a cadeia de custódia.',
      modules: [
        {
          title: 'Preservação de um local com evidências digitais',
          lessons: [
            {
              title: 'Chegada a um local com evidências digitais',
              body: `## Chegada a um local com evidências digitais

Os primeiros minutos decidem se a evidência digital poderá ser usada depois. Seu objetivo é **congelar o local** no estado em que foi encontrado, e não investigá-lo.

### Ao chegar
- **Garanta primeiro a segurança.** Verifique pessoas, armas e riscos elétricos antes de pensar nos dispositivos.
- **Afaste as pessoas dos dispositivos.** Peça a todos que se afastem de teclados, celulares e roteadores. Um suspeito pode apagar um celular ou acionar um bloqueio por criptografia em segundos.
- **Não toque, não navegue e não "dê só uma olhada"** em nenhum dispositivo. Cada clique altera registros de data e hora e pode destruir dados ou disparar uma exclusão remota.
- **Fotografe antes de mover qualquer coisa**: o ambiente, cada tela, os cabos e a parte traseira de cada computador.

### Pergunte e anote as respostas
- Quem usa cada dispositivo? Há senhas, PINs ou padrões de desbloqueio?
- Há Wi-Fi, armazenamento em nuvem, backup remoto ou outro endereço envolvido?
- Algum dispositivo está criptografado ou configurado para se apagar automaticamente?

### Lista de verificação prática
1. Local seguro e pessoas afastadas dos dispositivos.
2. Ninguém (nem mesmo colegas) opera qualquer dispositivo.
3. Fotografias gerais e de detalhe realizadas.
4. Senhas e informações de usuários anotadas na sua caderneta.
5. Especialista (unidade de perícia digital) acionado se algum dispositivo estiver ligado ou criptografado.`,
            },
            {
              title: 'Como reconhecer fontes de evidência digital',
              body: `## Como reconhecer fontes de evidência digital

A evidência digital raramente se resume ao "computador". O policial que procura apenas notebooks deixa para trás a maior parte das evidências.

### Fontes comuns
- **Computadores**: desktops, notebooks, servidores e os discos externos e NAS que ficam ao lado deles.
- **Dispositivos móveis**: celulares, tablets, relógios inteligentes e seus chips SIM e cartões de memória.
- **Mídias removíveis**: pen drives (muitas vezes disfarçados de chaveiros ou canetas), cartões SD, discos ópticos.
- **Equipamentos de rede**: roteadores e pontos de acesso Wi-Fi podem guardar logs e listas de dispositivos conectados.
- **Outros dispositivos**: videogames, smart TVs, câmeras, drones, centrais multimídia de veículos, maquininhas de cartão e chupa-cabras (skimmers).
- **Material escrito**: anotações com senhas, frases de recuperação de carteiras de criptoativos, QR codes impressos. Muitas vezes são a chave para todo o resto.

### Dados em nuvem e remotos
Grande parte das evidências fica em servidores remotos. Anote todo **nome de conta, endereço de e-mail e serviço** que aparecer em telas ou documentos, para que os investigadores possam enviar rapidamente os **pedidos de preservação de dados**.

### Exemplo
Em uma busca por fraude, um pequeno cartão de papel guardado em uma carteira trazia 24 palavras em inglês. Era uma **frase-semente (seed phrase)** que dava controle sobre uma carteira de criptoativos de valor superior a todo o dinheiro apreendido. Trate anotações assim como vestígios de alto valor: fotografe-as no lugar, apreenda-as e nunca as digite você mesmo em nenhum dispositivo.`,
            },
          ],
        },
        {
          title: 'Dados voláteis e apreensão',
          lessons: [
            {
              title: 'Ordem de volatilidade: o que desaparece primeiro',
              body: `## Ordem de volatilidade: o que desaparece primeiro

Algumas evidências só existem enquanto o dispositivo está ligado. O padrão de internet RFC 3227 lista os dados do **mais volátil para o menos volátil**:

1. Registradores e cache da CPU
2. Tabelas de roteamento e ARP, processos em execução, conexões de rede, **memória (RAM)**
3. Sistemas de arquivos temporários
4. Armazenamento em disco
5. Dados de logs remotos e de monitoramento
6. Configuração física e topologia de rede
7. Mídias de arquivamento, como backups

### Por que a RAM importa
A memória pode conter **chaves de criptografia**, sessões de chat abertas, senhas, documentos descriptografados e vestígios de malware que nunca chega a gravar no disco. Quando a energia é cortada, tudo isso se perde.

### O que faz o primeiro interventor
- Se o computador estiver **ligado**, não o desligue por conta própria. Fotografe a tela e acione um especialista capacitado, que poderá coletar a memória com uma ferramenta homologada antes do desligamento.
- Se houver software de criptografia visível (por exemplo, BitLocker ou VeraCrypt) ou uma carteira de criptoativos aberta, **informe imediatamente**: o desligamento pode tornar os dados ilegíveis.
- Se o computador estiver **desligado**, mantenha-o desligado. Não o ligue "para ver o que tem".

### Lista de verificação
- Tela fotografada, horário anotado.
- Software de criptografia ou de acesso remoto registrado.
- Decisão do especialista registrada: coleta a quente (live) ou método de desligamento.`,
            },
            {
              title: 'Apreensão de computadores e celulares',
              body: `## Apreensão de computadores e celulares

As regras de apreensão dependem dos procedimentos do seu país, mas os princípios abaixo são amplamente aceitos.

### Computadores
- **Desligado**: mantenha-o desligado. Identifique e desconecte os cabos, fotografando antes cada conexão.
- **Ligado, sem especialista disponível e sem suspeita de criptografia**: no caso de um desktop, siga o procedimento da sua unidade, que costuma ser **retirar o cabo de energia da parte traseira do computador**, e não da tomada, para evitar um desligamento normal que grava dados no disco.
- **Servidores e sistemas corporativos**: nunca puxe o cabo sem orientação de um especialista; você pode destruir evidências e causar prejuízo a uma empresa.

### Celulares
- **Se estiver ligado, mantenha-o ligado.** Um celular desbloqueado desde a inicialização mantém mais dados acessíveis do que um que foi reiniciado.
- **Isole-o das redes** para impedir o apagamento remoto: use uma **bolsa** ou caixa **de Faraday** e coloque junto um carregador portátil (power bank), porque um celular procurando sinal descarrega a bateria rapidamente.
- Anote se a tela está bloqueada e quais notificações estão visíveis, e fotografe-as.
- **Nunca tente adivinhar a senha**: tentativas erradas repetidas podem bloquear ou apagar o aparelho.
- Apreenda carregadores e cabos e registre o chip SIM e eventual cartão de memória.

### Exemplo
Policiais que deixaram um celular apreendido sobre uma mesa "para olhar depois" o encontraram restaurado às configurações de fábrica uma hora mais tarde, por comando remoto de um comparsa. Uma bolsa de Faraday teria evitado isso.`,
            },
            {
              title: 'Acondicionamento, identificação e transporte',
              body: `## Acondicionamento, identificação e transporte

O acondicionamento correto protege o dispositivo e comprova que ninguém o adulterou.

### Acondicionamento
- Use **embalagens antiestáticas** para discos rígidos e placas de circuito, e **bolsas de Faraday** para celulares e tablets.
- Evite sacos plásticos comuns para componentes eletrônicos expostos: eles acumulam eletricidade estática.
- Coloque cada item em **uma embalagem própria**; proteja os itens frágeis e preencha os espaços vazios das caixas.
- Guarde frases-semente, anotações e senhas em envelopes de papel separados.

### Lacração e identificação
- Feche cada embalagem com **lacre ou fita de segurança que evidencie violação** e **assine sobre o lacre**.
- A etiqueta traz: **número do vestígio**, descrição (marca, modelo, número de série), local, data e hora da apreensão e o nome do policial responsável pela apreensão.
- Registre o mesmo número do vestígio nas suas anotações e no auto de apreensão.

### Transporte e armazenamento
- Mantenha os vestígios longe de **ímãs, calor, umidade e transmissores de rádio** (por exemplo, o rádio da viatura no porta-malas).
- Não deixe vestígios em um veículo sem vigilância.
- Entregue-os sem demora à central de custódia ou ao laboratório e colha a **assinatura de recebimento**.

### Lista de verificação
1. Um item por embalagem, com o tipo de embalagem correto.
2. Lacrado, assinado e identificado com o número do vestígio.
3. Power bank dentro da bolsa de Faraday para celulares ligados.
4. Entrega assinada, com data e hora.`,
            },
          ],
        },
        {
          title: 'Documentação e cadeia de custódia',
          lessons: [
            {
              title: 'Cadeia de custódia',
              body: `## Cadeia de custódia

A **cadeia de custódia** é o registro documentado e ininterrupto de quem esteve com um vestígio, quando, onde e por quê, desde a apreensão até a apresentação em juízo. Se a defesa conseguir demonstrar uma lacuna, o juiz pode excluir a prova mesmo que nada tenha sido alterado.

### O que o registro deve mostrar
- **Quem** apreendeu o item e cada pessoa que o teve em seu poder depois.
- **Quando** ocorreu cada transferência (data e hora).
- **Onde** o item ficou guardado (central de custódia, laboratório, fórum).
- **Por que** foi movimentado (exame, cópia, restituição ao proprietário).
- **Estado** do lacre em cada transferência: intacto, ou aberto e novamente lacrado, e por quem.

![Da apreensão ao juízo: cinco transferências, cada uma assinada por quem entrega e por quem recebe, com o hash conferido no laboratório](/lessons/chain-of-custody.svg "O percurso do vestígio =720x300")

### A evidência digital acrescenta uma etapa
Quando o laboratório gera uma imagem forense, registra o **valor de hash** (por exemplo, SHA-256) do original e da cópia. O hash vincula matematicamente a cópia ao vestígio, de modo que a análise posterior seja confiável.

### Erros comuns
- Vestígios passados entre colegas "só por um instante", sem assinatura.
- Lacres rompidos sem nova lacração ou sem registro.
- Números de vestígio diferentes nas anotações, nas etiquetas e nos formulários.

### Lista de verificação
1. Um formulário de cadeia de custódia acompanha cada vestígio.
2. Toda transferência tem duas assinaturas: de quem entrega e de quem recebe.
3. Estado do lacre registrado em cada transferência.
4. Número do vestígio idêntico em todos os documentos.`,
            },
            {
              title: 'Anotações de local e passagem do caso aos investigadores',
              body: `## Anotações de local e passagem do caso aos investigadores

Suas anotações são prova. Muitas vezes o perito as lê antes de abrir o dispositivo, e o juízo as lê meses depois.

### Boas anotações de local são
- **Contemporâneas**: feitas no momento, e não reconstruídas depois.
- **Factuais**: o que você viu e fez, com horários, e não o que você supõe.
- **Completas**: inclusive os erros. Se você tocou sem querer em um teclado, anote o fato com o horário. Uma anotação honesta protege a prova; um erro escondido destrói a credibilidade.

### O que registrar
- Horário de chegada, pessoas presentes e quem usava cada dispositivo.
- O estado de cada dispositivo: ligado ou desligado, conteúdo da tela, luzes, cabos, conexões de rede.
- Senhas, PINs e nomes de conta obtidos, e de quem.
- Fotografias feitas (números e assuntos).
- Toda ação sobre um dispositivo: por quem, quando e por quê.

### Passagem do caso
Entregue ao investigador ou à unidade de perícia um breve resumo:
- a relação de vestígios com os respectivos números;
- os dispositivos que estavam ligados ou criptografados;
- as contas e serviços em nuvem que exigem **pedidos urgentes de preservação de dados**;
- qualquer fato incomum, como um dispositivo que recebeu um comando remoto.

### Exemplo de registro
"14:32 Notebook (vestígio AB/3) ligado; a tela mostra uma janela do VeraCrypt com um volume montado. Não foi tocado. Especialista acionado às 14:34."`,
            },
          ],
        },
      ],
      questions: [
        {
          prompt: 'Você chega a uma busca e encontra o celular do suspeito ligado e bloqueado. O que deve fazer?',
          options: [
            'Desligá-lo para preservar a bateria',
            'Mantê-lo ligado e isolá-lo das redes em uma bolsa de Faraday com um power bank',
            'Tentar a data de nascimento do suspeito como PIN',
            'Retirar o chip SIM e deixar o celular sobre a mesa',
          ],
        },
        {
          prompt: 'Segundo a RFC 3227, qual destes é o mais volátil?',
          options: [
            'Fitas de backup',
            'Dados no disco rígido',
            'Conteúdo da memória (RAM)',
            'Servidores de logs remotos',
          ],
        },
        {
          prompt: 'Quais informações devem constar da etiqueta de um vestígio lacrado? (Marque todas as corretas.)',
          options: [
            'Número do vestígio',
            'Data e hora da apreensão',
            'Nome do policial responsável pela apreensão',
            'A senha do dispositivo',
            'Descrição, incluindo marca e número de série',
          ],
        },
        {
          prompt:
            'Se um computador estiver desligado quando você chegar, você deve ligá-lo para verificar se contém evidências.',
          options: ['Verdadeiro', 'Falso'],
        },
        {
          prompt:
            'Quais itens encontrados em um local podem ser evidências digitais importantes? (Marque todas as corretas.)',
          options: [
            'Um cartão de papel com 24 palavras em inglês',
            'O roteador Wi-Fi',
            'Um videogame',
            'Um QR code impresso ao lado de um notebook',
          ],
        },
        {
          prompt:
            'Um notebook está ligado e a tela mostra um volume do VeraCrypt aberto. Qual é a melhor conduta para o primeiro interventor?',
          options: [
            'Fechar a janela do VeraCrypt para que ninguém possa adulterá-la',
            'Retirar a bateria imediatamente',
            'Fotografar a tela, não tocar em nada e acionar um especialista em perícia digital',
            'Copiar os arquivos para um pen drive',
          ],
        },
        {
          prompt:
            'Se você pressionar sem querer uma tecla no computador do suspeito, deve registrar o fato em suas anotações, com o horário.',
          options: ['Verdadeiro', 'Falso'],
        },
        {
          prompt: 'O que a cadeia de custódia registra?',
          options: [
            'A relação de crimes imputados ao suspeito',
            'Quem esteve com um vestígio, quando, onde e por quê, da apreensão ao juízo',
            'As especificações técnicas de um dispositivo apreendido',
            'As senhas obtidas do suspeito',
          ],
        },
        {
          prompt:
            'Durante o transporte, de que se devem manter afastados os vestígios eletrônicos apreendidos? (Marque todas as corretas.)',
          options: ['Ímãs fortes', 'Transmissores de rádio policiais', 'Fita lacre', 'Calor e umidade'],
        },
      ],
    },
    'DF-101': {
      title: 'Fundamentos de Perícia Digital',
      summary:
        'O método central do exame pericial: adquirir a evidência sem alterá-la, comprovar sua integridade com hashes e reconstruir os fatos a partir de sistemas de arquivos e linhas do tempo. Prepara policiais para atuar ao lado de uma unidade de perícia digital ou para integrá-la.',
      modules: [
        {
          title: 'Aquisição de evidências sem alterá-las',
          lessons: [
            {
              title: 'Bloqueadores de escrita',
              body: `## Bloqueadores de escrita

O simples ato de conectar um disco a um computador pode alterá-lo: os sistemas operacionais montam volumes, atualizam datas de acesso, criam arquivos de indexação e "reparam" sistemas de arquivos. O **bloqueador de escrita** fica entre a evidência e o computador de exame e permite **somente comandos de leitura**.

### Tipos
- **Bloqueadores de escrita por hardware**: uma ponte física (SATA, SAS, NVMe, USB) entre o disco e a estação de trabalho forense. São a opção preferida, porque funcionam independentemente do sistema operacional.
- **Bloqueadores de escrita por software**: configurações ou ferramentas do sistema operacional que bloqueiam a escrita, por exemplo a montagem somente leitura no Linux ou uma política de registro no Windows. São mais baratos, mas mais fáceis de configurar errado.

### Valide antes de confiar
O bloqueador de escrita é uma ferramenta como qualquer outra e pode falhar. Os laboratórios **testam cada modelo e versão de firmware** com um disco de referência e guardam os resultados. O programa Computer Forensics Tool Testing do NIST dos EUA (nist.gov) publica relatórios de testes que ajudam os laboratórios a escolher equipamentos.

### Lista de verificação prática
1. Modelo e firmware do bloqueador de escrita registrados nas anotações do caso.
2. Teste de validação dentro do prazo exigido pelo laboratório.
3. Disco questionado conectado ao lado **somente leitura**, nunca diretamente à estação de trabalho.
4. Hash da origem calculado através do bloqueador antes e depois da geração da imagem, quando possível.

### Lembre-se
Algumas fontes não admitem bloqueio de escrita (sistemas em funcionamento, muitos celulares). Nesses casos, **documente cada ação** e explique o seu efeito.`,
            },
            {
              title: 'Imagem forense',
              body: `## Imagem forense

O perito trabalha sobre uma **imagem forense**, uma cópia completa da evidência, e mantém o original intocado.

### Imagens físicas e lógicas
- A **imagem física** copia todos os setores do disco, inclusive o espaço não alocado, onde dados apagados podem permanecer.
- A **imagem lógica** copia apenas os arquivos e pastas selecionados. É mais rápida, mas os dados apagados e o slack space se perdem. É usada quando o tempo, o tamanho ou os limites legais da ordem assim exigem.

### Formatos comuns
- **Raw (dd)**: cópia exata setor a setor, sem metadados. Legível por qualquer ferramenta, mas volumosa.
- **E01 (Expert Witness Format)**: compactado, armazena metadados do caso e somas de verificação e pode ser dividido em segmentos. Amplamente aceito pelas ferramentas forenses.
- **AFF4**: formato aberto concebido para fontes grandes e complexas, inclusive imagens de memória.

### O fluxo de geração da imagem
1. Conecte a origem por meio de um bloqueador de escrita.
2. Registre marca, modelo, número de série e capacidade do disco.
3. Gere a imagem em um disco de destino **sanitizado ou novo**.
4. **Verifique**: o hash da imagem deve ser igual ao hash da origem.
5. Faça uma cópia de trabalho; guarde a imagem-mestre em local seguro.

### Exemplo
Um perito gera a imagem de um disco de 1 TB em formato E01. A ferramenta informa valores SHA-256 coincidentes para a origem e a imagem. O perito registra os dois valores, a versão da ferramenta e os horários nas anotações do caso e, em seguida, analisa apenas uma cópia de trabalho.`,
            },
            {
              title: 'Hash e integridade',
              body: `## Hash e integridade

Uma **função de hash criptográfica** transforma qualquer quantidade de dados em um valor curto de tamanho fixo. Basta alterar um único bit da entrada para que o hash mude por completo. Hashes iguais demonstram, portanto, com probabilidade esmagadora, que dois conjuntos de dados são idênticos.

### Algoritmos comuns
| Algoritmo | Tamanho | Observações |
|---|---|---|
| MD5 | 128 bits | Rápido; colisões práticas já foram demonstradas |
| SHA-1 | 160 bits | Colisões demonstradas em 2017 |
| SHA-256 | 256 bits | Opção atualmente recomendada para integridade |

Muitos laboratórios registram **dois algoritmos** (por exemplo, MD5 e SHA-256) para que os resultados continuem comparáveis com sistemas mais antigos e com bases de hashes.

### Para que servem os hashes
- **Integridade**: provar que uma imagem é idêntica ao original, e que continua idêntica no julgamento.
- **Identificação**: localizar arquivos conhecidos, como material ilícito ou malware já catalogados, por comparação com conjuntos de hashes.
- **Exclusão**: filtrar arquivos conhecidos do sistema operacional (por exemplo, com a National Software Reference Library do NIST) para reduzir o tempo de revisão.

### Limitações
- O hash nada diz sobre **quem** criou um arquivo nem **quando**.
- Alterar o nome de um arquivo não altera o seu hash; alterar o seu conteúdo (até mesmo salvar novamente uma imagem) altera.

### Lista de verificação
- Hash registrado na aquisição, nas anotações e no registro de cadeia de custódia.
- Hash conferido novamente antes da análise e antes da audiência.`,
            },
          ],
        },
        {
          title: 'Análise e laudo',
          lessons: [
            {
              title: 'Sistemas de arquivos e dados apagados',
              body: `## Sistemas de arquivos e dados apagados

O sistema de arquivos organiza os dados em um disco e mantém **metadados** de cada arquivo: nome, tamanho, localização e registros de data e hora. Entender seu funcionamento explica por que dados "apagados" muitas vezes podem ser recuperados.

### Sistemas de arquivos comuns
- **NTFS** (Windows): a Master File Table (MFT) mantém um registro para cada arquivo.
- **FAT32 / exFAT**: cartões de memória e pen drives.
- **ext4** (Linux e muitos dispositivos Android) e **APFS** (dispositivos Apple).

### O que a exclusão realmente faz
Quando o usuário apaga um arquivo, a maioria dos sistemas de arquivos apenas **marca sua entrada e seu espaço como livres**. O conteúdo permanece no disco até ser sobrescrito por novos dados. O perito pode então:
- recuperar o arquivo a partir de sua entrada no sistema de arquivos, se ela ainda estiver íntegra;
- fazer **carving** de arquivos no espaço não alocado, procurando assinaturas conhecidas; por exemplo, um JPEG começa com os bytes FF D8 FF.

### Unidades de estado sólido
Os SSDs usam **TRIM** e coleta de lixo em segundo plano, que podem apagar os blocos liberados em poucos minutos. Por isso, a recuperação em SSDs é bem menos provável do que em discos rígidos; apreenda-os e gere suas imagens sem demora.

### Outros lugares para procurar
- **Slack space** no final dos clusters.
- Lixeira, cópias de sombra (shadow copies) e backups.
- Caches de miniaturas, que podem manter pequenas cópias de imagens apagadas.

### Exemplo
Um suspeito apagou uma planilha com números de cartões das vítimas. O registro na MFT havia sido sobrescrito, mas o carving do espaço não alocado recuperou o arquivo íntegro.`,
            },
            {
              title: 'Construção de uma linha do tempo',
              body: `## Construção de uma linha do tempo

A linha do tempo reúne eventos de muitas fontes em uma única ordem cronológica, para que o perito possa dizer o que aconteceu e em que sequência.

### Registros de data e hora
Os sistemas de arquivos registram vários horários para cada arquivo, muitas vezes chamados de **MACB**:
- **M**odified (modificação: conteúdo alterado)
- **A**ccessed (acesso: conteúdo lido; muitas vezes desativado ou impreciso)
- **C**hanged (alteração de metadados; no NTFS, alteração da entrada na MFT)
- **B**orn (criação)

No NTFS existem dois conjuntos: **$STANDARD_INFORMATION**, que programas comuns podem alterar, e **$FILE_NAME**, mais difícil de modificar. Divergências entre eles podem revelar **timestomping**, a falsificação deliberada de registros de data e hora.

### Outras fontes
Logs de eventos, histórico do navegador, chaves de registro, arquivos de atalho (LNK), arquivos de prefetch, bancos de dados de chat e logs de nuvem trazem horários. Ferramentas como o **log2timeline/plaso**, de código aberto, combinam essas fontes em uma "super linha do tempo".

### Armadilhas
- **Fusos horários**: armazene e compare tudo em **UTC** e registre o fuso configurado no dispositivo.
- **Desvio do relógio**: anote, no momento da apreensão, a diferença entre o relógio do dispositivo e uma fonte de hora confiável.
- **A cópia altera horários**: um arquivo copiado de um pen drive pode exibir data de criação posterior à de modificação.

### Lista de verificação
1. Fuso horário e desvio do relógio documentados.
2. Fontes relacionadas, com a ferramenta e a versão usadas para processá-las.
3. Eventos-chave confirmados por pelo menos duas fontes independentes.`,
            },
            {
              title: 'Relato dos achados no laudo',
              body: `## Relato dos achados no laudo

O laudo pericial deve ser compreensível para o promotor, para o juiz e para o assistente técnico da defesa. A defesa pode refazer o seu trabalho: o laudo deve permitir que ela o **reproduza**.

### Estrutura de um bom laudo
1. **Requisição**: quem solicitou o exame e quais quesitos foram formulados.
2. **Material examinado**: números, descrições, estado do lacre no recebimento, valores de hash.
3. **Metodologia**: ferramentas e versões, bloqueadores de escrita, procedimentos adotados.
4. **Achados**: fatos, cada um com a sua localização (caminho do arquivo, registro, offset).
5. **Interpretação**: o que os achados significam e os limites desse significado.
6. **Conclusão**: respostas diretas aos quesitos.

### Fatos versus opinião
- Fato: "O arquivo invoice.xlsx estava presente na pasta de usuário da conta 'maria'."
- Opinião: "O usuário da conta 'maria' criou o arquivo." Isso exige fundamento, por exemplo a inexistência de outras contas de usuário, registros de logon naquele horário e uma conta protegida por senha.
Mantenha-os visivelmente separados e explique o seu raciocínio.

### Linguagem clara
Explique os termos técnicos na primeira vez em que os usar. Evite jargões como "o artefato foi recuperado por carving do UA" sem explicação.

### Lista de verificação
- Cada achado pode ser rastreado até o material examinado.
- Explicações alternativas consideradas e registradas.
- Revisão por pares concluída antes da assinatura do laudo.`,
            },
          ],
        },
      ],
      questions: [
        {
          prompt: 'Qual é a finalidade de um bloqueador de escrita por hardware?',
          options: [
            'Acelerar a geração de imagens de discos grandes',
            'Permitir comandos de leitura no disco questionado, bloqueando a escrita',
            'Criptografar a imagem forense',
            'Recuperar arquivos apagados',
          ],
        },
        {
          prompt: 'Qual tipo de imagem inclui o espaço não alocado, onde dados apagados podem permanecer?',
          options: ['Imagem lógica', 'Imagem física', 'Exportação de nuvem', 'Acervo de capturas de tela'],
        },
        {
          prompt: 'Renomear um arquivo altera o seu valor de hash SHA-256.',
          options: ['Verdadeiro', 'Falso'],
        },
        {
          prompt: 'Quais são usos legítimos de valores de hash em um exame? (Marque todas as corretas.)',
          options: [
            'Provar que uma imagem é idêntica ao original',
            'Localizar arquivos conhecidos por comparação com um conjunto de hashes',
            'Filtrar arquivos conhecidos do sistema operacional',
            'Provar quem criou um arquivo',
          ],
        },
        {
          prompt: 'Por que recuperar arquivos apagados de um SSD costuma ser mais difícil do que de um disco rígido?',
          options: [
            'Os SSDs criptografam tudo por padrão',
            'O TRIM e a coleta de lixo podem apagar rapidamente os blocos liberados',
            'Não é possível gerar imagem de SSDs',
            'Os SSDs não usam sistemas de arquivos',
          ],
        },
        {
          prompt:
            'No NTFS, uma divergência entre os registros de data e hora de $STANDARD_INFORMATION e de $FILE_NAME pode indicar timestomping.',
          options: ['Verdadeiro', 'Falso'],
        },
        {
          prompt: 'Quais etapas fazem parte de um fluxo adequado de geração de imagem? (Marque todas as corretas.)',
          options: [
            'Conectar a origem por meio de um bloqueador de escrita',
            'Verificar se o hash da imagem coincide com o hash da origem',
            'Analisar o disco original para ganhar tempo',
            'Registrar marca, modelo e número de série da origem',
          ],
        },
        {
          prompt: 'Em qual fuso horário devem ser comparados, em uma linha do tempo, eventos de fontes diferentes?',
          options: [
            'No horário local do perito',
            'No fuso horário de residência do suspeito',
            'Em UTC, com o fuso de cada dispositivo registrado',
            'No que cada ferramenta exibir',
          ],
        },
        {
          prompt: 'Qual afirmação é uma interpretação, e não um fato?',
          options: [
            'O arquivo estava presente na pasta de usuário da conta "maria"',
            'O SHA-256 da imagem está registrado nas anotações',
            'O usuário da conta "maria" criou o arquivo',
            'O número de série do disco coincide com a etiqueta',
          ],
        },
      ],
    },
    'OS-201': {
      title: 'OSINT para Investigadores',
      summary:
        'Uso lícito e seguro de fontes abertas na investigação criminal. Aborda base legal e proporcionalidade, armadilhas de verificação e atribuição, preservação de evidências da web para que sejam aceitas em juízo e segurança operacional.',
      modules: [
        {
          title: 'Pesquisa lícita em fontes abertas',
          lessons: [
            {
              title: 'Base legal e proporcionalidade',
              body: `## Base legal e proporcionalidade

"Publicamente disponível" não significa "livre para qualquer finalidade". O uso policial de fontes abertas continua **interferindo na privacidade** e é regido pela lei.

### Perguntas a responder antes de começar
- **Base legal**: que lei ou norma autoriza essa pesquisa na sua jurisdição?
- **Necessidade**: a pesquisa em fontes abertas é necessária para atingir uma finalidade investigativa legítima?
- **Proporcionalidade**: a intrusão se limita ao que a finalidade exige? O monitoramento repetido ou sistemático de uma pessoa é mais intrusivo do que uma consulta pontual.
- **Autorização**: sua unidade exige aprovação por escrito, por exemplo para monitoramento continuado?

### Pesquisa passiva e ativa
- **Passiva**: visualizar páginas públicas sem interagir. Em geral exige o menor nível de autorização.
- **Ativa**: entrar em grupos fechados, enviar pedidos de amizade, trocar mensagens com o alvo. Em geral é tratada como **infiltração (ação encoberta)**, que exige autorização específica e policiais capacitados.

### Não faça
- Não acesse contas com credenciais de terceiros nem contorne controles de acesso, mesmo que uma senha tenha sido encontrada durante uma busca.
- Não use dados de vazamentos ou de bases de dados vazadas, salvo se a lei e as normas internas o permitirem expressamente.

### Orientação
O Protocolo de Berkeley sobre Investigações Digitais de Fontes Abertas, publicado pelo Escritório de Direitos Humanos da ONU e pela UC Berkeley, estabelece padrões profissionais amplamente respeitados.

### Lista de verificação
1. Base legal e finalidade registradas.
2. Nível de atividade (passiva ou ativa) autorizado.
3. Registro de pesquisa aberto antes da primeira busca.`,
            },
            {
              title: 'Planejamento da coleta',
              body: `## Planejamento da coleta

A busca sem planejamento desperdiça tempo, aumenta a exposição e produz uma pilha de capturas de tela que ninguém consegue usar. Um breve **plano de coleta** resolve isso.

### Elementos de um plano de coleta
- **Perguntas**: o que exatamente precisa ser esclarecido? Por exemplo: "O vendedor 'fastcards77' é a mesma pessoa que o suspeito X?"
- **Fontes**: redes sociais, juntas comerciais e cartórios de registro de imóveis, processos judiciais, dados de registro de domínios, acervos de imagens, notícias, fóruns, marketplaces.
- **Identificadores** a partir dos quais pivotar: nomes de usuário, endereços de e-mail, números de telefone, nomes de domínio, endereços de criptoativos, fotografias.
- **Limites legais** e nível de autorização.
- **Método de preservação** e local onde as evidências serão armazenadas.

### Pivotamento
Cada resultado pode levar a outro: um e-mail encontrado no registro de um domínio leva a um nome de usuário, o nome de usuário a um perfil em um fórum, a foto do perfil a uma busca reversa de imagem. Registre **cada passo**, para que outro policial possa refazer o mesmo caminho.

### Registro de pesquisa
Para cada ação, anote:
- data e hora (UTC);
- a busca realizada ou a URL;
- o que foi encontrado e se foi preservado;
- a conta de pesquisa e o dispositivo utilizados.

### Exemplo
Uma investigação sobre um golpe de investimento on-line começou com um único site. O histórico de registro do domínio, um identificador de analytics reutilizado e o provedor de hospedagem do site o vincularam a outros onze sites fraudulentos operados pelo mesmo grupo.`,
            },
          ],
        },
        {
          title: 'Verificação e atribuição',
          lessons: [
            {
              title: 'Armadilhas da atribuição',
              body: `## Armadilhas da atribuição

Encontrar informações é fácil; provar **quem está por trás delas** é difícil. A maioria dos erros em OSINT são erros de atribuição.

### Armadilhas comuns
- **Reutilização de nomes de usuário**: o mesmo apelido em duas plataformas pode pertencer a pessoas diferentes. Nomes comuns são usados por milhares.
- **Identidades roubadas**: golpistas usam fotos e nomes de pessoas reais. A pessoa da foto do perfil muitas vezes é uma vítima, e não o suspeito.
- **Contas comprometidas**: uma publicação feita por uma conta não prova que o titular a escreveu.
- **Endereços IP e VPNs**: um endereço IP identifica uma conexão, não uma pessoa, e pode pertencer a uma VPN, a um nó de saída do Tor ou a uma rede compartilhada.
- **Viés de confirmação**: quando passamos a suspeitar de alguém, só percebemos o que se encaixa.

### Boas práticas
- Busque **corroboração independente**: duas fontes que copiam uma à outra contam como uma.
- Classifique fontes e informações, por exemplo com o sistema de avaliação de inteligência do seu órgão, separando a confiabilidade da fonte da credibilidade do dado.
- Anote **explicações alternativas** e quais provas as afastariam.
- Trate os achados de OSINT como **indícios de inteligência** até que sejam confirmados por provas lícitas, como dados cadastrais fornecidos por um provedor.

### Exemplo
A foto de perfil de um "oficial do exército dos EUA" em um golpe do amor foi rastreada, por busca reversa de imagem, até um militar real que não tinha nenhuma participação. O golpista acabou identificado por meio de uma conta de pagamento, e não pelas fotos.`,
            },
            {
              title: 'Verificação de imagens e contas',
              body: `## Verificação de imagens e contas

Imagens, vídeos e perfis só são provas fortes quando verificados.

### Imagens e vídeos
- **Busca reversa de imagem** em vários mecanismos: um pode encontrar cópias mais antigas que outro não encontra. A cópia mais antiga é a melhor candidata a original.
- **Metadados (EXIF)** podem incluir modelo da câmera, data e posição GPS. A maioria das redes sociais **remove os metadados** no upload, de modo que sua ausência nada prova; sua presença em um arquivo original obtido licitamente pode ser valiosa.
- **Geolocalização**: compare pontos de referência, placas, sinalização viária, vegetação e o contorno do horizonte com imagens de satélite e de nível de rua.
- **Cronolocalização**: sombras, registros meteorológicos e eventos visíveis na imagem podem delimitar o horário.

### Contas
- Data de criação, mudanças de nome e histórico de publicações.
- Padrão de horário das publicações: pode sugerir um fuso horário, mas VPNs e publicações agendadas induzem a erro.
- Amigos e seguidores: seguidores criados em massa sugerem uma conta falsa ou comprada.
- Idioma, grafia e gírias.

### Lista de verificação prática
1. Fonte original identificada, ou registro de "não encontrada".
2. Metadados examinados na melhor cópia disponível.
3. Local e horário avaliados, com o raciocínio registrado por escrito.
4. Grau de confiança declarado (confirmado, provável, possível, não verificado).

### Lembre-se
Imagens manipuladas e geradas por IA são cada vez mais comuns. Declare o que você verificou e o que não conseguiu verificar.`,
            },
          ],
        },
        {
          title: 'Preservação e segurança operacional',
          lessons: [
            {
              title: 'Preservação de evidências da web',
              body: `## Preservação de evidências da web

O conteúdo on-line muda e desaparece, muitas vezes assim que o suspeito descobre que há uma investigação. Colete-o de uma forma em que o juízo possa confiar.

### Uma captura de tela não basta
Uma simples captura de tela não traz a URL, o horário nem a prova de que não foi editada. Em vez disso, colete:
- a **URL completa** e a **data e hora em UTC**;
- uma **captura da página inteira** (imagem ou PDF) e, quando possível, o **código-fonte** da página;
- as mídias baixadas na qualidade original;
- o **valor de hash** (SHA-256) de cada arquivo coletado, registrado no momento da coleta.

### Ferramentas e formatos
- Extensões de navegador e ferramentas de captura dedicadas podem registrar automaticamente páginas, URLs, horários e hashes e manter um log de auditoria.
- O formato **WARC** (usado por arquivos da web) armazena páginas completas com as respectivas respostas HTTP.
- A gravação de vídeo da tela é útil para conteúdo dinâmico, como stories ou transmissões ao vivo.

### Após a coleta
- Armazene as capturas no sistema do caso, e não em um dispositivo pessoal.
- Envie à plataforma um **pedido de preservação** referente à conta: ele preserva os dados (inclusive dados não públicos, como registros de IP) até a chegada da ordem judicial.

### Lista de verificação
1. URL, horário em UTC, policial responsável e conta de pesquisa registrados.
2. Página coletada integralmente, com o código-fonte quando possível.
3. Arquivos com hash calculado e armazenados no sistema do caso.
4. Pedido de preservação enviado para as contas principais.`,
            },
            {
              title: 'Segurança operacional para pesquisadores',
              body: `## Segurança operacional para pesquisadores

Cada acesso seu deixa rastros. Uma busca descuidada pode **alertar o suspeito**, pôr em risco uma fonte ou revelar uma operação policial.

### Formas comuns de exposição do investigador
- Visualizar um perfil estando conectado a uma conta **pessoal** ou a uma conta oficial da polícia; algumas redes mostram quem visitou um perfil.
- Clicar em links enviados pelo alvo que contêm **rastreadores ou IP loggers**.
- "Curtir", seguir ou entrar em um grupo por engano.
- Usar a rede da repartição, cujo endereço IP está registrado em nome da polícia.

### Controles
- Um **ambiente de pesquisa dedicado**: um computador separado ou uma máquina virtual, restaurado regularmente, com seus próprios perfis de navegador.
- Uma **conexão de internet não atribuível** aprovada pelo seu órgão.
- **Contas de pesquisa** criadas e geridas conforme as normas do seu órgão, nunca contas pessoais. Usá-las para interagir com pessoas é pesquisa ativa e exige autorização.
- Configurações do navegador (idioma, fuso horário) coerentes com a persona de pesquisa.
- Não abra documentos baixados na máquina de pesquisa sem precauções; eles podem conter malware ou rastreamento.

### Lista de verificação prática
1. Ambiente de pesquisa limpo e com registro.
2. Conta de pesquisa correta selecionada.
3. Nenhuma conta pessoal conectada.
4. Links enviados pelo alvo abertos somente em ambiente isolado.

### Exemplo
Um investigador abriu, na repartição, um link encurtado enviado pelo suspeito. O link registrou o endereço IP da polícia, e o suspeito apagou suas contas naquela mesma noite.`,
            },
          ],
        },
      ],
      questions: [
        {
          prompt:
            'Como as informações estão publicamente disponíveis, seu uso pela polícia nunca exige base legal nem avaliação de proporcionalidade.',
          options: ['Verdadeiro', 'Falso'],
        },
        {
          prompt:
            'Qual atividade é normalmente tratada como pesquisa on-line ativa (infiltração), que exige autorização específica?',
          options: [
            'Consultar o registro público de uma empresa',
            'Enviar um pedido de amizade ao suspeito a partir de uma conta de pesquisa',
            'Ler uma notícia publicada',
            'Consultar o registro de um domínio',
          ],
        },
        {
          prompt: 'O que deve ser registrado ao preservar uma página da web? (Marque todas as corretas.)',
          options: [
            'A URL completa',
            'Data e hora em UTC',
            'Um hash do arquivo coletado',
            'O provável motivo do suspeito',
          ],
        },
        {
          prompt: 'Um perfil usado em golpes exibe fotografias de uma pessoa real. Qual é a conclusão mais provável?',
          options: [
            'A pessoa das fotos é o suspeito',
            'As fotos podem ter sido roubadas; a pessoa retratada pode ser uma vítima',
            'A conta é certamente operada por um bot',
            'As fotos são prova conclusiva de identidade',
          ],
        },
        {
          prompt:
            'A ausência de metadados EXIF em uma imagem baixada de uma rede social prova que a imagem foi manipulada.',
          options: ['Verdadeiro', 'Falso'],
        },
        {
          prompt: 'Quais práticas reduzem o risco de expor uma investigação? (Marque todas as corretas.)',
          options: [
            'Usar um ambiente de pesquisa dedicado',
            'Consultar o perfil do suspeito a partir da sua conta pessoal',
            'Abrir links enviados pelo alvo somente em ambiente isolado',
            'Usar uma conexão não atribuível aprovada pelo órgão',
          ],
        },
        {
          prompt:
            'Dois sites de notícias publicam a mesma afirmação, mas um copiou o outro. Quantas fontes independentes você tem?',
          options: ['Duas', 'Uma', 'Nenhuma', 'Depende da popularidade dos sites'],
        },
        {
          prompt: 'Qual formato de arquivamento armazena páginas completas junto com suas respostas HTTP?',
          options: ['E01', 'WARC', 'STIX', 'EXIF'],
        },
        {
          prompt: 'Um endereço IP identifica uma conexão, e não necessariamente a pessoa que a utiliza.',
          options: ['Verdadeiro', 'Falso'],
        },
      ],
    },
    'CT-201': {
      title: 'Rastreamento de Criptoativos',
      summary:
        'Seguir recursos ilícitos em blockchains públicas para identificar suspeitos e recuperar ativos. Aborda fundamentos de blockchain, heurísticas de clusterização e seus limites, a atuação junto a exchanges, mixers e chain hopping, e a apreensão lícita de carteiras.',
      modules: [
        {
          title: 'Noções de blockchain para investigadores',
          lessons: [
            {
              title: 'Como uma blockchain registra valores',
              body: `## Como uma blockchain registra valores

Uma blockchain é um **livro-razão público, ao qual só se pode acrescentar registros**, replicado em milhares de computadores. Para o investigador, sua propriedade central é que as transações são **pseudônimas, e não anônimas**: não há nomes, mas toda transferência fica visível a qualquer pessoa, para sempre.

### Dois modelos
- **Modelo UTXO (Bitcoin, Litecoin)**: uma transação consome **saídas não gastas** anteriores e cria novas saídas. Se as entradas superam o pagamento, o restante vai para uma **saída de troco**, normalmente um novo endereço controlado pelo remetente.
- **Modelo de contas (Ethereum, TRON)**: os endereços têm saldos, como contas bancárias. As transferências de tokens, como a stablecoin USDT, são registradas por **contratos inteligentes (smart contracts)**.

### Chaves e endereços
- A **chave privada** controla os fundos; quem a detém pode gastá-los.
- O **endereço** é derivado da chave pública e é compartilhado para receber fundos.
- O software de carteira geralmente deriva todas as chaves de uma única **frase-semente (seed phrase)** de 12 ou 24 palavras.

### Por que isso importa
- Seguir os fundos significa seguir **saídas ou transferências de tokens**, e não contas no sentido bancário.
- Uma pessoa pode controlar **milhares de endereços**; um único endereço pode atender milhares de clientes de uma exchange.

### Exemplo
Uma vítima pagou 0,5 BTC a um golpista. A transação do golpista teve duas saídas: 0,48 BTC para um novo endereço e 0,02 BTC de volta para outro endereço dele próprio. Reconhecer qual saída é o troco é a primeira decisão do rastreamento.`,
            },
            {
              title: 'Leitura de transações em um explorador de blocos',
              body: `## Leitura de transações em um explorador de blocos

O **explorador de blocos (block explorer)** é um site ou ferramenta que exibe os dados da blockchain. É o ponto de partida de todo rastreamento.

### O que registrar em cada transação
- **Hash da transação (txid)**: o identificador único da transação.
- **Altura do bloco e registro de data e hora**: quando a transação foi confirmada (os horários dos blocos são aproximados e registrados em UTC).
- **Entradas e saídas**: endereços e valores.
- **Taxas** e, nas blockchains baseadas em contas, o **contrato do token** envolvido.

### Boas práticas
- Registre os valores na **unidade nativa** (por exemplo, BTC ou USDT) e anote separadamente o valor em moeda fiduciária na época, com a respectiva fonte.
- Confira se está na **blockchain certa**: o USDT existe em várias blockchains (Ethereum, TRON e outras); uma transferência de aparência idêntica na blockchain errada não leva a lugar nenhum.
- Use mais de um explorador para confirmar dados importantes.
- Lembre-se da **segurança operacional**: consultar um endereço em um explorador público pode ficar visível para quem o opera. Os órgãos costumam usar ferramentas comerciais de análise ou nós próprios.

### Lista de verificação prática
1. Txid do pagamento da vítima obtido em sua carteira ou exchange.
2. Blockchain, ativo e valor confirmados.
3. Cada salto registrado em uma tabela de rastreamento: txid, horário, origem, destino, valor.
4. Capturas de tela ou exportações preservadas e com hash calculado.

### Exemplo
Uma vítima apresentou o comprovante de saque de uma exchange. O txid nele indicado levou a um endereço na rede TRON que recebeu recursos de outras 37 vítimas em uma semana, revelando a dimensão do golpe.`,
            },
          ],
        },
        {
          title: 'Seguindo o dinheiro',
          lessons: [
            {
              title: 'Heurísticas de clusterização e seus limites',
              body: `## Heurísticas de clusterização e seus limites

A **clusterização** agrupa endereços que provavelmente são controlados pela mesma entidade. As ferramentas de análise fazem isso em larga escala, mas o investigador precisa entender as regras, porque os erros se propagam por todas as conclusões posteriores.

### Principais heurísticas
- **Propriedade de entradas comuns (common-input ownership)**: endereços usados em conjunto como entradas de uma mesma transação geralmente são controlados pela mesma carteira, já que gastar exige cada uma das chaves privadas.
- **Detecção de troco**: a saída de troco costuma ser a de valor não redondo, a do mesmo tipo de endereço das entradas ou a de um endereço nunca visto antes.
- **Peel chains (cadeias de descasque)**: um valor elevado é "descascado" repetidamente por pequenos pagamentos, e o restante é movido a cada vez para um novo endereço de troco, padrão típico de lavagem de dinheiro e das hot wallets de exchanges.
- **Dados de atribuição**: endereços vinculados pública ou legalmente a um serviço (endereços de depósito de exchanges, servidores apreendidos, endereços públicos de doação).

### Limites
- Transações **CoinJoin** combinam deliberadamente entradas de muitos usuários, quebrando a heurística de entradas comuns.
- As heurísticas de troco são **probabilísticas** e podem ser neutralizadas pelo próprio projeto da carteira.
- As ferramentas comerciais divergem entre si; seus clusters são **inteligência**, e não prova.

### Boas práticas
1. Registre qual heurística sustenta cada vínculo.
2. Corrobore os vínculos principais com evidências fora da blockchain (registros de exchanges, dispositivos apreendidos).
3. Esteja pronto para explicar o método ao juízo em termos simples.`,
            },
            {
              title: 'Exchanges, prestadoras de serviços e requisições legais',
              body: `## Exchanges, prestadoras de serviços e requisições legais

O rastreamento geralmente termina onde os recursos entram em uma **prestadora de serviços de ativos virtuais (VASP)**: uma exchange, corretora ou carteira custodial. É ali que se pode encontrar um nome.

### O que uma exchange pode ter
- Documentos de identidade e selfies coletados conforme as regras de **conheça seu cliente (KYC)**.
- Endereços IP de login, identificadores de dispositivos e endereços de e-mail.
- Contas bancárias e dados de cartões vinculados.
- Histórico de depósitos e saques, inclusive outros endereços de blockchain.

### Regulação que ajuda
Os padrões do **GAFI/FATF** (Recomendações 15 e 16) exigem que as VASPs sejam autorizadas ou registradas, apliquem a devida diligência sobre clientes e enviem informações de remetente e beneficiário junto com as transferências (a **"travel rule"**).

### Como fazer as requisições
- Aja rápido: envie um **pedido de preservação e bloqueio** assim que identificar a chegada dos recursos. Muitas grandes exchanges atendem requisições policiais por meio de portais específicos.
- Identifique a **pessoa jurídica** e sua jurisdição; o fornecimento formal dos dados normalmente exige ordem judicial válida naquele país ou cooperação jurídica internacional.
- Seja específico: endereços, txids, datas e o crime investigado.
- Os emissores de stablecoins podem **congelar tokens** no nível do contrato; peça com rapidez.

### Lista de verificação
1. Serviço identificado a partir de dados de atribuição, com a fonte anotada.
2. Pedido de preservação ou bloqueio enviado e com recebimento confirmado.
3. Requisição legal formal preparada com txids e cronologia.
4. Resultados confrontados com os dados da blockchain para verificar sua coerência.`,
            },
            {
              title: 'Mixers, moedas de privacidade e chain hopping',
              body: `## Mixers, moedas de privacidade e chain hopping

Os criminosos tentam quebrar o rastro. Conhecer as técnicas ajuda a decidir onde o rastreamento pode continuar e onde são necessárias outras provas.

### Técnicas de ofuscação
- **Mixers custodiais**: um serviço reúne as moedas dos usuários e devolve moedas diferentes, mediante taxa. Vários foram derrubados pelas autoridades, por exemplo o ChipMixer, em 2023, em uma operação apoiada pela Europol.
- **CoinJoin**: uma transação colaborativa que mistura entradas de muitos usuários e saídas de valores iguais.
- **Mixers baseados em contratos inteligentes** em blockchains compatíveis com Ethereum, como o Tornado Cash, que foi alvo de sanções e processos criminais nos EUA.
- **Moedas de privacidade**, como o Monero, que ocultam valores e endereços por concepção.
- **Chain hopping**: trocas entre ativos e blockchains por meio de pontes (bridges) e serviços de troca instantânea.

### Opções investigativas
- **Análise de horários e valores** em torno do mixer: depósitos e saques de valores equivalentes em curtos intervalos.
- **Serviços de troca e bridges** muitas vezes mantêm registros e podem atender requisições legais.
- **Provas fora da blockchain**: dispositivos apreendidos, logs de software de carteira, mensagens sobre pagamentos.
- Dados de **servidores de mixers apreendidos** compartilhados por parceiros internacionais.

### Lembre-se
O uso de um mixer não prova um crime, mas em muitas jurisdições pode fundamentar a imputação de lavagem de dinheiro quando combinado com outras provas. Registre com clareza o ponto em que o rastro passa a ser uma inferência.`,
            },
          ],
        },
        {
          title: 'Apreensão de ativos virtuais',
          lessons: [
            {
              title: 'Apreensão de carteiras e chaves',
              body: `## Apreensão de carteiras e chaves

Apreender criptoativos significa obter o **controle das chaves privadas** e transferir os fundos para uma carteira controlada pelo órgão. Levar o dispositivo não basta: qualquer pessoa com uma cópia da frase-semente pode esvaziar a carteira de qualquer lugar.

### Onde as chaves são encontradas
- **Carteiras de hardware** (pequenos dispositivos USB ou Bluetooth), com o respectivo PIN.
- **Frases-semente** em papel, placas de metal, cadernos, fotos ou gerenciadores de senhas.
- **Carteiras de software** em celulares e computadores, e extensões de navegador.
- Contas em **exchanges**, que devem ser bloqueadas por meio da prestadora.

### Procedimento de apreensão (siga as normas do seu país)
1. Confirme a existência de **autorização legal** para apreender ativos virtuais.
2. Prepare com antecedência uma **carteira controlada pelo órgão**, gerada em um dispositivo limpo, de preferência com controle **multiassinatura (multisig)**, para que nenhum policial possa movimentar os fundos sozinho.
3. Trabalhe em dupla, com gravação em vídeo e anotações de cada etapa.
4. Transfira os fundos sem demora e registre cada **txid**; fazer antes uma pequena transação de teste é prática comum.
5. Documente o valor, a cotação no momento e a respectiva fonte.
6. Guarde as chaves da carteira do órgão sob rigoroso controle duplo.

### Nunca
- Digite a frase-semente de um suspeito no seu dispositivo pessoal ou em um dispositivo não preparado.
- Deixe os fundos na carteira do suspeito "para depois".

### Exemplo
Policiais encontraram uma frase-semente na gaveta da cozinha, mas esperaram um dia para preparar uma carteira. Nesse meio-tempo, um comparsa transferiu todos os fundos. A preparação antes do dia da busca é essencial.`,
            },
            {
              title: 'Gestão dos ativos apreendidos e relatório',
              body: `## Gestão dos ativos apreendidos e relatório

Após a apreensão, os ativos virtuais precisam ser guardados com segurança, avaliados e, ao final, restituídos, confiscados ou alienados por ordem judicial.

### Custódia
- As chaves da carteira do órgão ficam sob **controle duplo**, com registro de cada acesso.
- Alguns órgãos usam um **custodiante** regulado ou o órgão estatal de recuperação de ativos; verifique o marco legal do seu país.
- Mantenha um **cadastro** dos ativos apreendidos: caso, ativo, quantidade, endereço, txids e datas.

### Volatilidade
As cotações podem variar bruscamente. O juízo pode autorizar a **alienação antecipada** (conversão em moeda fiduciária antes do julgamento) para preservar o valor; prepare o pedido cedo, se a sua legislação o permitir.

### Relatório de rastreamento
Um relatório para o Ministério Público deve incluir:
- um **diagrama-resumo** do fluxo dos recursos;
- uma tabela com cada salto: txid, horário, origem, destino, valor;
- a **heurística ou prova** que sustenta cada atribuição;
- os limites da análise e eventuais premissas.

### Ressarcimento das vítimas
O rastreamento muitas vezes identifica recursos pertencentes a muitas vítimas. Registre o txid do pagamento de cada vítima, para que os valores restituídos possam ser associados a ela.

### Lista de verificação
1. Cadastro atualizado após cada movimentação dos fundos apreendidos.
2. Acesso às chaves registrado e sob controle duplo.
3. Método de avaliação documentado.
4. Relatório de rastreamento revisado por um segundo analista.`,
            },
          ],
        },
      ],
      questions: [
        {
          prompt:
            'As transações de Bitcoin são anônimas: depois que os fundos saem da vítima, ninguém consegue ver para onde foram.',
          options: ['Verdadeiro', 'Falso'],
        },
        {
          prompt:
            'Qual heurística presume que endereços usados em conjunto como entradas de uma mesma transação pertencem à mesma entidade?',
          options: ['Peel chain', 'Propriedade de entradas comuns', 'Travel rule', 'Heurística do valor redondo'],
        },
        {
          prompt: 'O que neutraliza mais diretamente a heurística de propriedade de entradas comuns?',
          options: [
            'Hot wallets de exchanges',
            'Transações CoinJoin',
            'Taxas de transação elevadas',
            'Exploradores de blocos',
          ],
        },
        {
          prompt:
            'Quais informações uma exchange pode ter que ajudam a identificar um suspeito? (Marque todas as corretas.)',
          options: [
            'Documentos de identidade coletados no KYC',
            'Endereços IP de login',
            'Contas bancárias vinculadas',
            'As chaves privadas de uma carteira de hardware de autocustódia do suspeito',
          ],
        },
        {
          prompt: 'Durante uma busca, você encontra uma frase-semente. O que efetivamente assegura os fundos?',
          options: [
            'Apreender o papel em que a frase está escrita',
            'Transferir os fundos para uma carteira do órgão previamente preparada e registrar o txid',
            'Fotografar a frase e devolvê-la ao suspeito',
            'Digitar a frase no seu próprio celular para conferir o saldo',
          ],
        },
        {
          prompt: 'Quais técnicas os criminosos usam para ocultar o rastro dos recursos? (Marque todas as corretas.)',
          options: [
            'Mixers',
            'Chain hopping por meio de serviços de troca',
            'Moedas de privacidade, como o Monero',
            'Publicar o txid nas redes sociais',
          ],
        },
        {
          prompt:
            'Os clusters gerados por ferramentas comerciais de análise de blockchain devem ser tratados como inteligência e corroborados por outras provas.',
          options: ['Verdadeiro', 'Falso'],
        },
        {
          prompt: 'O que é a "travel rule" do GAFI/FATF?',
          options: [
            'Uma regra que limita caixas eletrônicos de criptoativos em aeroportos',
            'A exigência de que as VASPs enviem informações de remetente e beneficiário junto com as transferências',
            'A proibição de transferências internacionais de criptoativos',
            'Uma regra segundo a qual os fundos apreendidos devem transitar pelo banco central',
          ],
        },
        {
          prompt: 'Por que é importante verificar a blockchain ao rastrear USDT?',
          options: [
            'O USDT existe em várias blockchains, como Ethereum e TRON',
            'O USDT existe somente na rede Bitcoin',
            'As transações de USDT não são registradas em nenhuma blockchain',
            'Os endereços de USDT são iguais em todas as blockchains',
          ],
        },
        {
          prompt: 'Quais práticas fazem parte de uma apreensão adequada de carteiras? (Marque todas as corretas.)',
          options: [
            'Preparar com antecedência uma carteira multiassinatura do órgão',
            'Trabalhar em dupla e registrar cada etapa',
            'Manter os fundos onde estão até o julgamento',
            'Registrar o txid de cada transferência',
          ],
        },
      ],
    },
    'MT-201': {
      title: 'Triagem de Malware para Investigadores',
      summary:
        'Uma primeira análise segura e estruturada de arquivos suspeitos, para que o investigador entenda o que o malware faz, extraia indicadores de comprometimento e os compartilhe com parceiros. Aborda análise estática e dinâmica, sandboxes, IOCs e compartilhamento via MISP e STIX.',
    },
    'EE-201': {
      title: 'Provas Eletrônicas e Cooperação Jurídica Internacional',
      summary:
        'Como obter, com rapidez e licitude, provas eletrônicas armazenadas em outro país. Aborda a Convenção de Budapeste, a conservação expedita prevista no Artigo 29, a Rede 24/7, a elaboração de pedidos de cooperação jurídica internacional (MLA), a cooperação direta com provedores de serviço e as regras de e-Evidence da UE.',
    },
    'CS-101': {
      title: 'Noções sobre Investigação de Material de Abuso Sexual Infantil',
      summary:
        'Introdução profissional para policiais que podem se deparar com material de abuso sexual infantil no trabalho. Aborda a abordagem centrada na vítima, o manuseio lícito e a proibição de redistribuição, os conjuntos de hashes e as bases de dados internacionais e a proteção da saúde do policial. Não contém conteúdo explícito.',
    },
    'RR-201': {
      title: 'Resposta Policial a Ransomware',
      summary:
        'Como a polícia atua em um ataque de ransomware junto com a vítima, sua equipe de resposta a incidentes e o CERT nacional. Aborda contenção e evidências, a posição policial sobre negociação e pagamento de resgate, a atribuição de grupos de ransomware e a descriptografia gratuita pelo No More Ransom.',
    },
    'MF-201': {
      title: 'Perícia em Dispositivos Móveis',
      summary:
        'Preservação, extração e análise de evidências de smartphones. Aborda os estados do aparelho e seu isolamento, os métodos de extração da lógica ao chip-off, as particularidades de iOS e Android e a análise e validação de bancos de dados de aplicativos e de dados de localização.',
    },
    'DW-301': {
      title: 'Investigações na Dark Web',
      summary:
        'Investigação avançada de mercados e fóruns criminosos em redes de anonimização. Aborda o funcionamento dos serviços onion do Tor, o ecossistema de mercados, a coleta lícita e a atuação infiltrada, a desanonimização a partir de falhas de segurança operacional e as operações coordenadas de derrubada.',
    },
  },
  programmes: {
    'Certified Digital Evidence First Responder': {
      name: 'Primeiro Interventor Certificado em Evidência Digital',
      description:
        'Preserva o local de um crime cibernético, apreende e preserva evidências digitais e mantém uma cadeia de custódia aceita em juízo.',
    },
    'Alliance Cybercrime Investigator': {
      name: 'Investigador de Crimes Cibernéticos da Aliança',
      description:
        'Conduz investigações que envolvem fontes abertas, fluxos de criptoativos, malware e pedidos de provas transfronteiriços.',
    },
  },
};
