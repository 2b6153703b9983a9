import type { LocaleTranslationSeed } from './types';

/** Catalogue text in locale 'es' (see ./types.ts). */
export const ES: LocaleTranslationSeed = {
  locale: 'es',
  courses: {
    'FR-101': {
      title: 'Primer interviniente en escenas de ciberdelitos',
      summary:
        'Lo que debe hacer —y lo que no debe hacer— el primer agente que llega al lugar de los hechos para que la evidencia digital llegue intacta al laboratorio y al tribunal. Abarca el aseguramiento del lugar, los datos volátiles, la incautación y el embalaje de dispositivos, y la cadena de custodia.',
      modules: [
        {
          title: 'Aseguramiento de un lugar con evidencia digital',
          lessons: [
            {
              title: 'Llegada a un lugar con evidencia digital',
              body: `## Llegada a un lugar con evidencia digital

Los primeros minutos deciden si la evidencia digital podrá usarse después. Su objetivo es **congelar el lugar** tal como lo encontró, no investigarlo.

### Al llegar
- **Primero, la seguridad.** Compruebe si hay personas, armas y riesgos eléctricos antes de pensar en los dispositivos.
- **Separe a las personas de los dispositivos.** Pida a todos que se alejen de teclados, teléfonos y routers. Un sospechoso puede borrar un teléfono o activar un bloqueo por cifrado en segundos.
- **No toque, no navegue ni "eche un vistazo rápido"** a ningún dispositivo. Cada clic modifica marcas de tiempo y puede destruir datos o iniciar un borrado remoto.
- **Fotografíe antes de mover nada**: la habitación, cada pantalla, los cables y la parte trasera de cada computadora.

### Pregunte y anote las respuestas
- ¿Quién usa cada dispositivo y hay contraseñas, PIN o patrones de desbloqueo?
- ¿Hay wifi, almacenamiento en la nube, una copia de seguridad remota o un segundo domicilio?
- ¿Hay dispositivos cifrados o configurados para borrarse automáticamente?

### Lista de verificación práctica
1. Lugar seguro y personas separadas de los dispositivos.
2. Nadie (ni siquiera los compañeros) manipula ningún dispositivo.
3. Fotografías generales y de detalle tomadas.
4. Contraseñas e información de usuarios anotadas en su libreta.
5. Especialista (unidad de informática forense) avisado si algún dispositivo está encendido o cifrado.`,
            },
            {
              title: 'Identificación de fuentes de evidencia digital',
              body: `## Identificación de fuentes de evidencia digital

La evidencia digital rara vez es solo "la computadora". Los agentes que solo buscan computadoras portátiles dejan atrás la mayor parte de la evidencia.

### Fuentes habituales
- **Computadoras**: equipos de escritorio, portátiles, servidores y los discos externos y equipos NAS que los acompañan.
- **Dispositivos móviles**: teléfonos, tabletas, relojes inteligentes y sus tarjetas SIM y de memoria.
- **Soportes extraíbles**: memorias USB (a menudo camufladas como llaveros o bolígrafos), tarjetas SD, discos ópticos.
- **Equipos de red**: los routers y puntos de acceso wifi pueden contener registros y listas de dispositivos conectados.
- **Otros dispositivos**: consolas de videojuegos, televisores inteligentes, cámaras, drones, sistemas multimedia de vehículos, terminales de punto de venta y skimmers de tarjetas.
- **Material escrito**: notas con contraseñas, frases de recuperación de billeteras de criptoactivos, códigos QR impresos. A menudo son la llave de todo lo demás.

### Datos en la nube y remotos
Gran parte de la evidencia se encuentra en servidores remotos. Anote cada **nombre de cuenta, dirección de correo electrónico y servicio** que vea en pantallas o documentos para que los investigadores puedan enviar con rapidez **solicitudes de preservación**.

### Ejemplo
En un allanamiento por fraude, una pequeña tarjeta de papel guardada en una cartera contenía 24 palabras en inglés. Era una **frase semilla** que daba el control de una billetera de criptoactivos con un valor superior a todo el efectivo incautado. Trate estas notas como indicios de alto valor: fotografíelas en su sitio, incáutelas y nunca las teclee usted mismo en ningún dispositivo.`,
            },
          ],
        },
        {
          title: 'Datos volátiles e incautación',
          lessons: [
            {
              title: 'Orden de volatilidad: qué desaparece primero',
              body: `## Orden de volatilidad: qué desaparece primero

Algunas evidencias solo existen mientras el dispositivo está encendido. El estándar de internet RFC 3227 ordena los datos de **más a menos volátiles**:

1. Registros y caché de la CPU
2. Tablas de enrutamiento y ARP, procesos en ejecución, conexiones de red, **memoria (RAM)**
3. Sistemas de archivos temporales
4. Almacenamiento en disco
5. Datos de registro y monitoreo remotos
6. Configuración física y topología de la red
7. Soportes de archivo, como las copias de seguridad

### Por qué importa la RAM
La memoria puede contener **claves de cifrado**, sesiones de chat abiertas, contraseñas, documentos descifrados y rastros de malware que nunca llega a escribirse en el disco. Cuando se corta la alimentación, todo eso se pierde.

### Qué hace el primer interviniente
- Si una computadora está **encendida**, no la apague usted. Fotografíe la pantalla y llame a un especialista capacitado, que podrá adquirir la memoria con una herramienta homologada antes del apagado.
- Si se ve software de cifrado (por ejemplo BitLocker o VeraCrypt) o una billetera de criptoactivos abierta, **comuníquelo de inmediato**: un apagado puede dejar los datos ilegibles.
- Si una computadora está **apagada**, déjela apagada. No la encienda "para ver qué hay".

### Lista de verificación
- Pantalla fotografiada y hora anotada.
- Software de cifrado o de acceso remoto anotado.
- Decisión del especialista registrada: adquisición en vivo o método de apagado.`,
            },
            {
              title: 'Incautación de computadoras y teléfonos móviles',
              body: `## Incautación de computadoras y teléfonos móviles

Las reglas de incautación dependen de los procedimientos de cada país, pero los principios siguientes son ampliamente aceptados.

### Computadoras
- **Apagada**: manténgala apagada. Etiquete y desconecte los cables, fotografiando antes cada conexión.
- **Encendida, sin especialista disponible y sin sospecha de cifrado**: en un equipo de escritorio, siga el procedimiento de su unidad, que a menudo consiste en **desconectar el cable de alimentación de la parte trasera de la computadora**, no del enchufe de la pared, para evitar un apagado normal que escriba en el disco.
- **Servidores y sistemas empresariales**: nunca los desconecte sin asesoramiento de un especialista; puede destruir evidencia y perjudicar a una empresa.

### Teléfonos móviles
- **Si está encendido, manténgalo encendido.** Un teléfono que se ha desbloqueado desde el último arranque mantiene accesibles más datos que uno que se reinicia.
- **Aíslelo de las redes** para impedir el borrado remoto: use una **bolsa o caja Faraday** y coloque dentro una batería externa, porque un teléfono que busca señal agota la batería rápidamente.
- Anote si la pantalla está bloqueada y las notificaciones visibles, y fotografíelas.
- **Nunca intente adivinar el código de acceso**: los intentos fallidos repetidos pueden bloquear o borrar el dispositivo.
- Incaute cargadores y cables, y registre la SIM y cualquier tarjeta de memoria.

### Ejemplo
Unos agentes que dejaron un teléfono incautado sobre un escritorio "para revisarlo después" lo encontraron una hora más tarde restablecido a los valores de fábrica por una orden remota de un cómplice. Una bolsa Faraday lo habría evitado.`,
            },
            {
              title: 'Embalaje, rotulado y traslado',
              body: `## Embalaje, rotulado y traslado

Un embalaje correcto protege el dispositivo y demuestra que nadie lo ha manipulado.

### Embalaje
- Use **bolsas antiestáticas** para discos duros y placas de circuito, y **bolsas Faraday** para teléfonos y tabletas.
- Evite las bolsas de plástico comunes para componentes electrónicos sin protección: acumulan electricidad estática.
- Coloque cada elemento en **su propio embalaje**; envuelva los objetos frágiles y rellene los huecos de las cajas.
- Guarde las frases semilla, notas y contraseñas en sobres de papel separados.

### Sellado y rotulado
- Selle cada embalaje con **cinta de seguridad inviolable** y **firme sobre el sello**.
- La etiqueta indica: **número de indicio**, descripción (marca, modelo, número de serie), lugar, fecha y hora de la incautación, y nombre del agente que la realizó.
- Registre el mismo número de indicio en sus notas y en el acta de incautación.

### Traslado y almacenamiento
- Mantenga los indicios alejados de **imanes, calor, humedad y transmisores de radio** (por ejemplo, una radio policial en el maletero del vehículo).
- No deje indicios sin vigilancia en un vehículo.
- Entréguelos sin demora en el depósito de evidencias o en el laboratorio y obtenga una **firma de recepción**.

### Lista de verificación
1. Un elemento por embalaje, con el tipo de bolsa adecuado.
2. Sellado, firmado y rotulado con el número de indicio.
3. Batería externa dentro de la bolsa Faraday en los teléfonos encendidos.
4. Entrega firmada y con hora.`,
            },
          ],
        },
        {
          title: 'Documentación y cadena de custodia',
          lessons: [
            {
              title: 'Cadena de custodia',
              body: `## Cadena de custodia

La **cadena de custodia** es el registro documentado e ininterrumpido de quién tuvo un indicio, cuándo, dónde y por qué, desde su incautación hasta su presentación en juicio. Si la defensa puede demostrar una laguna, el juez puede excluir la prueba aunque no se haya modificado nada.

### Qué debe constar en el registro
- **Quién** incautó el elemento y cada persona que lo tuvo después.
- **Cuándo** se produjo cada transferencia (fecha y hora).
- **Dónde** se guardó el elemento (depósito de evidencias, laboratorio, sala de audiencias).
- **Por qué** se trasladó (examen pericial, copia, devolución al propietario).
- **Estado** del sello en cada transferencia: intacto, o abierto y vuelto a sellar, y por quién.

![De la incautación al juicio: cinco entregas, cada una firmada por quien entrega y quien recibe, con verificación del hash en el laboratorio](/lessons/chain-of-custody.svg "El recorrido del indicio =720x300")

### La evidencia digital añade un paso
Cuando el laboratorio genera una imagen forense, registra un **valor hash** (por ejemplo SHA-256) del original y de la copia. El hash vincula matemáticamente la copia con el indicio, de modo que el análisis posterior resulta fiable.

### Errores habituales
- Indicios que pasan de un compañero a otro "solo un momento" sin firma.
- Sellos rotos que no se vuelven a sellar ni se registran.
- Números de indicio distintos en las notas, las etiquetas y los formularios.

### Lista de verificación
1. Un formulario de cadena de custodia acompaña a cada indicio.
2. Cada transferencia lleva dos firmas: quien entrega y quien recibe.
3. Estado del sello registrado en cada transferencia.
4. Número de indicio idéntico en todas partes.`,
            },
            {
              title: 'Notas de campo y entrega a los investigadores',
              body: `## Notas de campo y entrega a los investigadores

Sus notas son evidencia. A menudo el perito las lee antes de abrir el dispositivo, y el tribunal meses después.

### Unas buenas notas de campo son
- **Simultáneas**: escritas en el momento, no reconstruidas después.
- **Objetivas**: lo que vio e hizo, con horas, no lo que supone.
- **Completas**: incluidos los errores. Si tocó un teclado por accidente, anótelo con la hora. Una nota honesta protege la evidencia; un error ocultado destruye la credibilidad.

### Qué registrar
- Hora de llegada, personas presentes y quién usaba cada dispositivo.
- El estado de cada dispositivo: encendido o apagado, contenido de la pantalla, luces, cables, conexiones de red.
- Contraseñas, PIN y nombres de cuenta obtenidos, y de quién.
- Fotografías tomadas (números y contenido).
- Cada acción sobre un dispositivo: quién, cuándo y por qué.

### Entrega
Entregue al investigador o a la unidad forense un breve resumen:
- la lista de indicios con sus números;
- los dispositivos que estaban encendidos o cifrados;
- las cuentas y servicios en la nube que requieren **solicitudes de preservación urgentes**;
- cualquier circunstancia inusual, como un dispositivo que recibió una orden remota.

### Ejemplo de anotación
"14:32 Computadora portátil (indicio AB/3) encendida; la pantalla muestra una ventana de VeraCrypt con un volumen montado. No se toca. Se llama al especialista a las 14:34."`,
            },
          ],
        },
      ],
      questions: [
        {
          prompt:
            'Llega a un allanamiento y encuentra el teléfono móvil de un sospechoso encendido y bloqueado. ¿Qué debe hacer?',
          options: [
            'Apagarlo para conservar la batería',
            'Mantenerlo encendido y aislarlo de las redes en una bolsa Faraday con una batería externa',
            'Probar la fecha de nacimiento del sospechoso como PIN',
            'Retirar la tarjeta SIM y dejar el teléfono sobre la mesa',
          ],
        },
        {
          prompt: 'Según el RFC 3227, ¿cuál de estos datos es el más volátil?',
          options: [
            'Cintas de copia de seguridad',
            'Datos del disco duro',
            'Contenido de la memoria (RAM)',
            'Servidores remotos de registros',
          ],
        },
        {
          prompt:
            '¿Qué datos deben figurar en la etiqueta de un indicio sellado? (Seleccione todas las que correspondan).',
          options: [
            'Número de indicio',
            'Fecha y hora de la incautación',
            'Nombre del agente que realizó la incautación',
            'El código de acceso del dispositivo',
            'Descripción, con marca y número de serie',
          ],
        },
        {
          prompt:
            'Si una computadora está apagada cuando usted llega, debe encenderla para comprobar si contiene evidencia.',
          options: ['Verdadero', 'Falso'],
        },
        {
          prompt:
            '¿Qué elementos hallados en un lugar pueden ser evidencia digital importante? (Seleccione todas las que correspondan).',
          options: [
            'Una tarjeta de papel con 24 palabras en inglés',
            'El router wifi',
            'Una consola de videojuegos',
            'Un código QR impreso junto a una computadora portátil',
          ],
        },
        {
          prompt:
            'Una computadora portátil está encendida y la pantalla muestra un volumen de VeraCrypt abierto. ¿Cuál es la mejor actuación para un primer interviniente?',
          options: [
            'Cerrar la ventana de VeraCrypt para que nadie pueda manipularla',
            'Retirar la batería de inmediato',
            'Fotografiar la pantalla, no tocar nada y llamar a un especialista en informática forense',
            'Copiar los archivos a una memoria USB',
          ],
        },
        {
          prompt:
            'Si pulsa una tecla por accidente en la computadora de un sospechoso, debe anotarlo en sus notas con la hora.',
          options: ['Verdadero', 'Falso'],
        },
        {
          prompt: '¿Qué registra la cadena de custodia?',
          options: [
            'La lista de delitos que se imputan al sospechoso',
            'Quién tuvo un indicio, cuándo, dónde y por qué, desde la incautación hasta el juicio',
            'Las especificaciones técnicas de un dispositivo incautado',
            'Las contraseñas obtenidas del sospechoso',
          ],
        },
        {
          prompt:
            '¿De qué debe mantener alejados los indicios electrónicos incautados durante el traslado? (Seleccione todas las que correspondan).',
          options: [
            'Imanes potentes',
            'Transmisores de radio policiales',
            'Cinta de seguridad inviolable',
            'Calor y humedad',
          ],
        },
      ],
    },
    'DF-101': {
      title: 'Fundamentos de informática forense',
      summary:
        'El método central del examen forense: adquirir la evidencia sin alterarla, demostrar su integridad con valores hash y reconstruir los hechos a partir de los sistemas de archivos y las líneas de tiempo. Prepara a los agentes para trabajar junto a una unidad de informática forense o integrarse en ella.',
      modules: [
        {
          title: 'Adquisición de la evidencia sin alterarla',
          lessons: [
            {
              title: 'Bloqueadores de escritura',
              body: `## Bloqueadores de escritura

El simple hecho de conectar un disco a una computadora puede modificarlo: los sistemas operativos montan volúmenes, actualizan las fechas de acceso, crean archivos de índice y "reparan" sistemas de archivos. Un **bloqueador de escritura** se sitúa entre la evidencia y el equipo de examen y permite **solo comandos de lectura**.

### Tipos
- **Bloqueadores de escritura por hardware**: un puente físico (SATA, SAS, NVMe, USB) entre el disco y la estación de trabajo forense. Son la opción preferida porque funcionan con independencia del sistema operativo.
- **Bloqueadores de escritura por software**: configuraciones o herramientas del sistema operativo que bloquean la escritura, por ejemplo el montaje en solo lectura en Linux o una directiva del registro en Windows. Son más baratos, pero es más fácil configurarlos mal.

### Valide antes de confiar
Un bloqueador de escritura es una herramienta como cualquier otra y puede fallar. Los laboratorios **prueban cada modelo y versión de firmware** con un disco de referencia y conservan los resultados. El programa Computer Forensics Tool Testing del NIST de EE. UU. (nist.gov) publica informes de pruebas que ayudan a los laboratorios a elegir sus equipos.

### Lista de verificación práctica
1. Modelo y firmware del bloqueador de escritura registrados en las notas del caso.
2. Prueba de validación dentro del plazo exigido por el laboratorio.
3. Disco de evidencia conectado al lado de **solo lectura**, nunca directamente a la estación de trabajo.
4. Hash del origen calculado a través del bloqueador antes y después de la adquisición de la imagen, cuando sea posible.

### Recuerde
Algunas fuentes no admiten bloqueo de escritura (sistemas en ejecución, muchos teléfonos). En ese caso, **documente cada acción** y explique su efecto.`,
            },
            {
              title: 'Imagen forense',
              body: `## Imagen forense

Los peritos trabajan sobre una **imagen forense**, una copia completa de la evidencia, y mantienen intacto el original.

### Imágenes físicas y lógicas
- Una **imagen física** copia todos los sectores del disco, incluido el espacio no asignado, donde pueden quedar datos borrados.
- Una **imagen lógica** copia solo los archivos y carpetas seleccionados. Es más rápida, pero se pierden los datos borrados y el espacio residual (slack). Se utiliza cuando el tiempo, el tamaño o el alcance legal lo exigen.

### Formatos habituales
- **Raw (dd)**: copia exacta sector a sector, sin metadatos. Legible por cualquier herramienta, pero voluminosa.
- **E01 (Expert Witness Format)**: comprimido, almacena metadatos del caso y sumas de verificación y puede dividirse en segmentos. Ampliamente aceptado por las herramientas forenses.
- **AFF4**: formato abierto diseñado para fuentes grandes y complejas, incluidas las imágenes de memoria.

### Flujo de trabajo de adquisición
1. Conecte el origen a través de un bloqueador de escritura.
2. Registre la marca, el modelo, el número de serie y la capacidad del disco.
3. Genere la imagen en un disco de destino **nuevo o borrado de forma segura**.
4. **Verifique**: el hash de la imagen debe coincidir con el hash del origen.
5. Haga una copia de trabajo y guarde la imagen maestra en lugar seguro.

### Ejemplo
Un perito adquiere una imagen E01 de un disco de 1 TB. La herramienta informa valores SHA-256 coincidentes para el origen y la imagen. El perito registra ambos valores, la versión de la herramienta y las horas en las notas del caso, y después analiza únicamente una copia de trabajo.`,
            },
            {
              title: 'Hash e integridad',
              body: `## Hash e integridad

Una **función hash criptográfica** convierte cualquier cantidad de datos en un valor corto de longitud fija. Basta con cambiar un solo bit de la entrada para que el hash cambie por completo. Por tanto, dos hashes iguales demuestran, con una probabilidad abrumadora, que dos conjuntos de datos son idénticos.

### Algoritmos habituales
| Algoritmo | Longitud | Observaciones |
|---|---|---|
| MD5 | 128 bits | Rápido; se han demostrado colisiones en la práctica |
| SHA-1 | 160 bits | Colisiones demostradas en 2017 |
| SHA-256 | 256 bits | Opción recomendada actualmente para la integridad |

Muchos laboratorios registran **dos algoritmos** (por ejemplo MD5 y SHA-256) para que los resultados sigan siendo comparables con sistemas antiguos y bases de datos de hashes.

### Para qué se usan los hashes
- **Integridad**: demostrar que una imagen es idéntica al original, y que sigue siéndolo en el juicio.
- **Identificación**: localizar archivos conocidos, como material ilícito o malware ya identificados, comparándolos con conjuntos de hashes.
- **Exclusión**: descartar archivos conocidos del sistema operativo (por ejemplo, con la National Software Reference Library del NIST) para reducir el tiempo de revisión.

### Límites
- Un hash no dice nada sobre **quién** creó un archivo ni **cuándo**.
- Cambiar el nombre de un archivo no cambia su hash; cambiar su contenido (incluso volver a guardar una imagen) sí lo cambia.

### Lista de verificación
- Hash registrado en la adquisición, en las notas y en el registro de cadena de custodia.
- Hash verificado de nuevo antes del análisis y antes del juicio.`,
            },
          ],
        },
        {
          title: 'Análisis e informe pericial',
          lessons: [
            {
              title: 'Sistemas de archivos y datos borrados',
              body: `## Sistemas de archivos y datos borrados

Un sistema de archivos organiza los datos en un disco y guarda **metadatos** de cada archivo: nombre, tamaño, ubicación y marcas de tiempo. Entender su funcionamiento explica por qué a menudo se pueden recuperar datos "borrados".

### Sistemas de archivos habituales
- **NTFS** (Windows): la Master File Table (MFT) contiene un registro por cada archivo.
- **FAT32 / exFAT**: tarjetas de memoria y memorias USB.
- **ext4** (Linux y muchos dispositivos Android) y **APFS** (dispositivos Apple).

### Qué hace realmente el borrado
Cuando un usuario borra un archivo, la mayoría de los sistemas de archivos solo **marcan su entrada y su espacio como libres**. El contenido permanece en el disco hasta que nuevos datos lo sobrescriben. Entonces los peritos pueden:
- recuperar el archivo a partir de su entrada en el sistema de archivos, si sigue intacta;
- **tallar (carving)** archivos del espacio no asignado buscando firmas conocidas; por ejemplo, un JPEG empieza con los bytes FF D8 FF.

### Unidades de estado sólido
Los SSD utilizan **TRIM** y recolección de basura en segundo plano, lo que puede borrar los bloques liberados en cuestión de minutos. Por eso la recuperación en un SSD es mucho menos probable que en un disco duro; incáutelos y adquiera su imagen sin demora.

### Otros lugares donde buscar
- **Espacio residual (slack)** al final de los clústeres.
- Papelera de reciclaje, instantáneas de volumen (shadow copies) y copias de seguridad.
- Cachés de miniaturas, que pueden conservar copias pequeñas de imágenes borradas.

### Ejemplo
Un sospechoso borró una hoja de cálculo con los números de tarjeta de las víctimas. Su registro en la MFT había sido sobrescrito, pero el carving del espacio no asignado permitió recuperar el archivo intacto.`,
            },
            {
              title: 'Elaboración de una línea de tiempo',
              body: `## Elaboración de una línea de tiempo

Una línea de tiempo ordena cronológicamente eventos de muchas fuentes, de modo que el perito pueda explicar qué ocurrió y en qué secuencia.

### Marcas de tiempo
Los sistemas de archivos registran varias horas para cada archivo, a menudo denominadas **MACB**:
- **M**odified (modificación: cambió el contenido)
- **A**ccessed (acceso: se leyó el contenido; a menudo desactivado o impreciso)
- **C**hanged (cambio: cambiaron los metadatos; en NTFS, cambió la entrada de la MFT)
- **B**orn (nacimiento: creación)

En NTFS existen dos conjuntos: **$STANDARD_INFORMATION**, que los programas comunes pueden alterar, y **$FILE_NAME**, más difícil de modificar. Las diferencias entre ambos pueden revelar **timestomping**, la falsificación deliberada de marcas de tiempo.

### Otras fuentes
Los registros de eventos, el historial del navegador, las claves del registro de Windows, los archivos de acceso directo (LNK), los archivos prefetch, las bases de datos de chat y los registros en la nube contienen horas. Herramientas como la de código abierto **log2timeline/plaso** los combinan en una "súper línea de tiempo".

### Trampas
- **Zonas horarias**: almacene y compare todo en **UTC** y registre la zona configurada en el dispositivo.
- **Desfase del reloj**: anote la diferencia entre el reloj del dispositivo y una hora fiable en el momento de la incautación.
- **Copiar modifica las horas**: un archivo copiado desde un USB puede mostrar una fecha de creación posterior a su fecha de modificación.

### Lista de verificación
1. Zona horaria y desfase del reloj documentados.
2. Fuentes enumeradas, con la herramienta y la versión utilizadas para procesarlas.
3. Eventos clave confirmados por al menos dos fuentes independientes.`,
            },
            {
              title: 'Presentación de los hallazgos en el informe',
              body: `## Presentación de los hallazgos en el informe

Un informe pericial debe ser comprensible para un fiscal, un juez y un perito de la defensa. La defensa puede repetir su trabajo: su informe debe permitirle **reproducirlo**.

### Estructura de un buen informe
1. **Encargo**: quién solicitó el examen y qué preguntas se formularon.
2. **Indicios**: números, descripciones, estado del sello a la recepción, valores hash.
3. **Metodología**: herramientas y versiones, bloqueadores de escritura, procedimientos seguidos.
4. **Hallazgos**: hechos, cada uno con su ubicación (ruta del archivo, registro, offset).
5. **Interpretación**: qué significan los hallazgos y los límites de ese significado.
6. **Conclusiones**: respuestas directas a las preguntas formuladas.

### Hechos frente a opiniones
- Hecho: "El archivo invoice.xlsx se encontraba en la carpeta de usuario de la cuenta 'maria'".
- Opinión: "El usuario de la cuenta 'maria' creó el archivo". Esto requiere respaldo, por ejemplo la inexistencia de otras cuentas de usuario, registros de inicio de sesión a esa hora y una cuenta protegida con contraseña.
Manténgalos claramente separados y explique su razonamiento.

### Lenguaje claro
Explique los términos técnicos la primera vez que los use. Evite jerga como "el artefacto se recuperó por carving del UA" sin explicación.

### Lista de verificación
- Cada hallazgo puede rastrearse hasta el indicio.
- Explicaciones alternativas consideradas y registradas.
- Revisión por pares completada antes de firmar el informe.`,
            },
          ],
        },
      ],
      questions: [
        {
          prompt: '¿Cuál es la finalidad de un bloqueador de escritura por hardware?',
          options: [
            'Acelerar la adquisición de imágenes de discos grandes',
            'Permitir comandos de lectura al disco de evidencia y bloquear la escritura',
            'Cifrar la imagen forense',
            'Recuperar archivos borrados',
          ],
        },
        {
          prompt: '¿Qué tipo de imagen incluye el espacio no asignado, donde pueden quedar datos borrados?',
          options: ['Imagen lógica', 'Imagen física', 'Exportación desde la nube', 'Archivo de capturas de pantalla'],
        },
        {
          prompt: 'Cambiar el nombre de un archivo modifica su valor hash SHA-256.',
          options: ['Verdadero', 'Falso'],
        },
        {
          prompt:
            '¿Cuáles son usos legítimos de los valores hash en un examen pericial? (Seleccione todas las que correspondan).',
          options: [
            'Demostrar que una imagen es idéntica al original',
            'Localizar archivos conocidos por comparación con un conjunto de hashes',
            'Descartar archivos conocidos del sistema operativo',
            'Demostrar quién creó un archivo',
          ],
        },
        {
          prompt: '¿Por qué suele ser más difícil recuperar archivos borrados de un SSD que de un disco duro?',
          options: [
            'Los SSD cifran todo de forma predeterminada',
            'TRIM y la recolección de basura pueden borrar rápidamente los bloques liberados',
            'No se puede adquirir la imagen de un SSD',
            'Los SSD no utilizan sistemas de archivos',
          ],
        },
        {
          prompt:
            'En NTFS, una diferencia entre las marcas de tiempo de $STANDARD_INFORMATION y $FILE_NAME puede indicar timestomping.',
          options: ['Verdadero', 'Falso'],
        },
        {
          prompt:
            '¿Qué pasos forman parte de un flujo de adquisición de imagen correcto? (Seleccione todas las que correspondan).',
          options: [
            'Conectar el origen a través de un bloqueador de escritura',
            'Verificar que el hash de la imagen coincide con el hash del origen',
            'Analizar el disco original para ahorrar tiempo',
            'Registrar la marca, el modelo y el número de serie del origen',
          ],
        },
        {
          prompt: '¿En qué zona horaria deben compararse los eventos de distintas fuentes en una línea de tiempo?',
          options: [
            'La hora local del perito',
            'La zona horaria del domicilio del sospechoso',
            'UTC, registrando la zona de cada dispositivo',
            'La que muestre cada herramienta',
          ],
        },
        {
          prompt: '¿Qué afirmación es una interpretación y no un hecho?',
          options: [
            'El archivo se encontraba en la carpeta de usuario de la cuenta "maria"',
            'El SHA-256 de la imagen está registrado en las notas',
            'El usuario de la cuenta "maria" creó el archivo',
            'El número de serie del disco coincide con la etiqueta',
          ],
        },
      ],
    },
    'OS-201': {
      title: 'OSINT para investigadores',
      summary:
        'Uso lícito y seguro de fuentes abiertas en la investigación penal. Abarca la base legal y la proporcionalidad, los errores habituales de verificación y atribución, la preservación de evidencia web para que resista en juicio y la seguridad operacional.',
      modules: [
        {
          title: 'Investigación lícita en fuentes abiertas',
          lessons: [
            {
              title: 'Base legal y proporcionalidad',
              body: `## Base legal y proporcionalidad

"Públicamente disponible" no significa "de libre uso para cualquier fin". El uso policial de fuentes abiertas sigue **afectando a la privacidad** y está regulado por la ley.

### Preguntas que debe responder antes de empezar
- **Base legal**: ¿qué ley o normativa autoriza esta búsqueda en su jurisdicción?
- **Necesidad**: ¿es necesaria la investigación en fuentes abiertas para alcanzar un fin investigativo legítimo?
- **Proporcionalidad**: ¿se limita la intromisión a lo que exige ese fin? El seguimiento reiterado o sistemático de una persona es más intrusivo que una consulta puntual.
- **Autorización**: ¿exige su unidad una aprobación por escrito, por ejemplo para un seguimiento prolongado?

### Investigación pasiva y activa
- **Pasiva**: consultar páginas públicas sin interactuar. Suele requerir el nivel de autorización más bajo.
- **Activa**: unirse a grupos cerrados, enviar solicitudes de amistad o escribir a la persona investigada. Por lo general se considera **actuación encubierta** y requiere una habilitación específica y agentes capacitados.

### No haga lo siguiente
- Iniciar sesión con las credenciales de otra persona o eludir controles de acceso, aunque haya encontrado una contraseña durante la búsqueda.
- Utilizar datos procedentes de filtraciones o bases de datos expuestas, salvo que su legislación y normativa lo permitan expresamente.

### Orientación
El Protocolo de Berkeley sobre Investigaciones Digitales de Fuentes Abiertas, publicado por la Oficina de Derechos Humanos de la ONU y la Universidad de California en Berkeley, recoge normas profesionales ampliamente reconocidas.

### Lista de verificación
1. Base legal y finalidad registradas.
2. Nivel de actividad (pasiva o activa) autorizado.
3. Registro de investigación abierto antes de la primera búsqueda.`,
            },
            {
              title: 'Planificación de la obtención de información',
              body: `## Planificación de la obtención de información

Buscar sin un plan hace perder tiempo, aumenta la exposición y produce un montón de capturas de pantalla que nadie puede usar. Un breve **plan de obtención** lo evita.

### Elementos de un plan de obtención
- **Preguntas**: ¿qué hay que establecer exactamente? Por ejemplo: "¿Es el vendedor 'fastcards77' la misma persona que el sospechoso X?".
- **Fuentes**: redes sociales, registros mercantiles y de la propiedad, registros judiciales, datos de registro de dominios, archivos de imágenes, noticias, foros, marketplaces.
- **Identificadores** a partir de los cuales pivotar: nombres de usuario, direcciones de correo electrónico, números de teléfono, nombres de dominio, direcciones de criptoactivos, fotografías.
- **Límites legales** y nivel de autorización.
- **Método de preservación** y lugar donde se almacenará la evidencia.

### Pivotar
Cada resultado puede llevar a otro: una dirección de correo electrónico hallada en el registro de un dominio lleva a un nombre de usuario, el nombre de usuario a un perfil en un foro y la foto de perfil a una búsqueda inversa de imágenes. Registre **cada paso** para que otro agente pueda seguir el mismo camino.

### Registro de investigación
Para cada acción, anote:
- fecha y hora (UTC);
- la búsqueda o la URL;
- lo que se encontró y si se preservó;
- la cuenta de investigación y el dispositivo utilizados.

### Ejemplo
Una investigación sobre una estafa de inversión en línea comenzó con un único sitio web. El historial de registro del dominio, un identificador de analítica reutilizado y el proveedor de alojamiento del sitio lo vincularon con otros once sitios fraudulentos operados por el mismo grupo.`,
            },
          ],
        },
        {
          title: 'Verificación y atribución',
          lessons: [
            {
              title: 'Errores habituales de atribución',
              body: `## Errores habituales de atribución

Encontrar información es fácil; demostrar **quién está detrás** es difícil. La mayoría de los errores de OSINT son errores de atribución.

### Trampas habituales
- **Reutilización de nombres de usuario**: el mismo alias en dos plataformas puede pertenecer a personas distintas. Los nombres comunes los reutilizan miles de usuarios.
- **Identidades robadas**: los estafadores usan fotos y nombres de personas reales. La persona de la foto de perfil suele ser una víctima, no el sospechoso.
- **Cuentas comprometidas**: una publicación desde una cuenta no prueba que la haya escrito su titular.
- **Direcciones IP y VPN**: una dirección IP identifica una conexión, no a una persona, y puede corresponder a una VPN, a un nodo de salida de Tor o a una red compartida.
- **Sesgo de confirmación**: una vez que sospechamos de alguien, solo vemos lo que encaja.

### Buenas prácticas
- Busque **corroboración independiente**: dos fuentes que se copian entre sí cuentan como una.
- Evalúe las fuentes y la información, por ejemplo con el sistema de evaluación de inteligencia de su institución, distinguiendo la fiabilidad de la fuente de la credibilidad del dato.
- Anote las **explicaciones alternativas** y qué evidencia permitiría descartarlas.
- Trate los hallazgos de OSINT como **líneas de investigación** hasta que se confirmen con pruebas obtenidas lícitamente, como los datos de abonado facilitados por un proveedor.

### Ejemplo
Mediante búsqueda inversa de imágenes se determinó que la foto de perfil de un supuesto "oficial del ejército de EE. UU." en una estafa romántica pertenecía a un militar real que no tenía nada que ver. Al estafador se le identificó finalmente a través de una cuenta de pago, no de las fotos.`,
            },
            {
              title: 'Verificación de imágenes y cuentas',
              body: `## Verificación de imágenes y cuentas

Las imágenes, los videos y los perfiles solo son pruebas sólidas cuando están verificados.

### Imágenes y videos
- **Búsqueda inversa de imágenes** con varios motores: uno puede encontrar copias más antiguas que otro no detecta. La copia más antigua es la mejor candidata a ser la original.
- Los **metadatos (EXIF)** pueden incluir el modelo de cámara, la fecha y la posición GPS. La mayoría de las redes sociales **eliminan los metadatos** al subir el archivo, por lo que su ausencia no prueba nada; su presencia en un archivo original obtenido lícitamente puede ser valiosa.
- **Geolocalización**: compare puntos de referencia, carteles, señalización vial, vegetación y el perfil del horizonte con imágenes satelitales y de nivel de calle.
- **Cronolocalización**: las sombras, los registros meteorológicos y los acontecimientos visibles en la imagen pueden acotar el momento.

### Cuentas
- Fecha de creación, cambios de nombre e historial de publicaciones.
- Patrón horario de las publicaciones: puede sugerir una zona horaria, pero las VPN y las publicaciones programadas inducen a error.
- Amigos y seguidores: los seguidores creados de forma masiva sugieren una cuenta falsa o comprada.
- Idioma, ortografía y jerga.

### Lista de verificación práctica
1. Fuente original identificada, o "no encontrada" registrado.
2. Metadatos examinados en la mejor copia disponible.
3. Lugar y momento evaluados, con el razonamiento por escrito.
4. Nivel de confianza indicado (confirmado, probable, posible, no verificado).

### Recuerde
Las imágenes manipuladas y generadas por IA son cada vez más frecuentes. Indique qué verificó y qué no pudo verificar.`,
            },
          ],
        },
        {
          title: 'Preservación y seguridad operacional',
          lessons: [
            {
              title: 'Preservación de evidencia web',
              body: `## Preservación de evidencia web

El contenido en línea cambia y desaparece, a menudo en cuanto un sospechoso se entera de que hay una investigación. Capture el contenido de forma que un tribunal pueda confiar en él.

### Una captura de pantalla no basta
Una simple captura de pantalla carece de la URL, de la hora y de la prueba de que no fue editada. En su lugar, capture:
- la **URL completa** y la **fecha y hora en UTC**;
- una **captura de página completa** (imagen o PDF) y, cuando sea posible, el **código fuente** de la página;
- los archivos multimedia descargados en su calidad original;
- un **valor hash** (SHA-256) de cada archivo capturado, registrado en el momento de la captura.

### Herramientas y formatos
- Las extensiones de navegador y las herramientas de captura específicas pueden registrar automáticamente páginas, URL, horas y hashes, y mantener un registro de auditoría.
- El formato **WARC** (utilizado por los archivos web) almacena páginas web completas con sus respuestas HTTP.
- La grabación en video de la pantalla es útil para contenido dinámico, como historias o transmisiones en directo.

### Después de la captura
- Guarde las capturas en el sistema de gestión de casos, no en un dispositivo personal.
- Envíe a la plataforma una **solicitud de preservación** de la cuenta: así se conservan los datos (incluidos datos no públicos, como los registros de IP) hasta que llegue la orden judicial.

### Lista de verificación
1. URL, hora UTC, agente y cuenta de investigación registrados.
2. Página capturada completa, con el código fuente cuando sea posible.
3. Archivos con hash calculado y guardados en el sistema de gestión de casos.
4. Solicitud de preservación enviada para las cuentas clave.`,
            },
            {
              title: 'Seguridad operacional para investigadores',
              body: `## Seguridad operacional para investigadores

Cada visita que hace deja rastros. Una búsqueda descuidada puede **alertar a un sospechoso**, poner en peligro a una fuente o revelar una operación policial.

### Formas habituales en que se expone a los investigadores
- Ver un perfil con la sesión iniciada en una cuenta **personal** o en una cuenta oficial de la policía; algunas redes muestran quién ha visto un perfil.
- Hacer clic en enlaces con **rastreadores o registradores de IP** enviados por la persona investigada.
- Dar "me gusta", seguir o unirse a algo por accidente.
- Usar la red de la oficina, cuya dirección IP está registrada a nombre de la policía.

### Controles
- Un **entorno de investigación dedicado**: un equipo o una máquina virtual independiente, restablecido periódicamente, con sus propios perfiles de navegador.
- Una **conexión a internet no atribuible** aprobada por su institución.
- **Cuentas de investigación** creadas y gestionadas conforme a la normativa de su institución, nunca cuentas personales. Usarlas para interactuar con personas es investigación activa y requiere autorización.
- Configuración del navegador (idioma, zona horaria) coherente con el perfil ficticio de investigación.
- No abra documentos descargados en el equipo de investigación sin tomar precauciones; pueden contener malware o elementos de rastreo.

### Lista de verificación práctica
1. Entorno de investigación limpio y registrado.
2. Cuenta de investigación correcta seleccionada.
3. Ninguna cuenta personal con la sesión iniciada.
4. Enlaces de la persona investigada abiertos solo en un entorno aislado.

### Ejemplo
Un investigador abrió desde la oficina un enlace acortado enviado por un sospechoso. El enlace registró la dirección IP de la policía y el sospechoso eliminó sus cuentas esa misma tarde.`,
            },
          ],
        },
      ],
      questions: [
        {
          prompt:
            'Como la información está disponible públicamente, su uso por la policía nunca requiere una base legal ni una evaluación de proporcionalidad.',
          options: ['Verdadero', 'Falso'],
        },
        {
          prompt:
            '¿Qué actividad se considera normalmente investigación en línea activa (encubierta) que requiere una autorización específica?',
          options: [
            'Consultar una inscripción pública en el registro mercantil',
            'Enviar una solicitud de amistad a un sospechoso desde una cuenta de investigación',
            'Leer una noticia publicada en abierto',
            'Consultar los datos de registro de un dominio',
          ],
        },
        {
          prompt: '¿Qué debe registrarse al preservar una página web? (Seleccione todas las que correspondan).',
          options: [
            'La URL completa',
            'La fecha y hora en UTC',
            'Un hash del archivo capturado',
            'El motivo probable del sospechoso',
          ],
        },
        {
          prompt: 'Un perfil fraudulento utiliza fotografías de una persona real. ¿Cuál es la conclusión más probable?',
          options: [
            'La persona de las fotos es el sospechoso',
            'Las fotos pueden ser robadas; la persona que aparece en ellas puede ser una víctima',
            'La cuenta está gestionada, sin duda, por un bot',
            'Las fotos son prueba concluyente de la identidad',
          ],
        },
        {
          prompt:
            'La ausencia de metadatos EXIF en una imagen descargada de una red social demuestra que la imagen fue manipulada.',
          options: ['Verdadero', 'Falso'],
        },
        {
          prompt:
            '¿Qué prácticas reducen el riesgo de exponer una investigación? (Seleccione todas las que correspondan).',
          options: [
            'Utilizar un entorno de investigación dedicado',
            'Consultar el perfil del sospechoso desde su cuenta personal',
            'Abrir los enlaces de la persona investigada solo en un entorno aislado',
            'Utilizar una conexión no atribuible aprobada por la institución',
          ],
        },
        {
          prompt:
            'Dos sitios de noticias publican la misma afirmación, pero uno copió al otro. ¿Cuántas fuentes independientes tiene?',
          options: ['Dos', 'Una', 'Ninguna', 'Depende de la popularidad de los sitios'],
        },
        {
          prompt: '¿Qué formato de archivo almacena páginas web completas junto con sus respuestas HTTP?',
          options: ['E01', 'WARC', 'STIX', 'EXIF'],
        },
        {
          prompt: 'Una dirección IP identifica una conexión, no necesariamente a la persona que la utiliza.',
          options: ['Verdadero', 'Falso'],
        },
      ],
    },
    'CT-201': {
      title: 'Rastreo de criptoactivos',
      summary:
        'Seguimiento de fondos ilícitos a través de cadenas de bloques públicas para identificar a sospechosos y recuperar activos. Abarca los fundamentos de blockchain, las heurísticas de agrupamiento (clustering) y sus límites, el trabajo con exchanges, los mezcladores y el chain hopping, y la incautación lícita de billeteras.',
      modules: [
        {
          title: 'Fundamentos de blockchain para investigadores',
          lessons: [
            {
              title: 'Cómo registra el valor una cadena de bloques',
              body: `## Cómo registra el valor una cadena de bloques

Una cadena de bloques (blockchain) es un **libro contable público en el que solo se pueden añadir registros**, replicado en miles de computadoras. Para los investigadores, su propiedad clave es que las transacciones son **seudónimas, no anónimas**: no figuran nombres, pero cualquiera puede ver cada transferencia, de forma permanente.

### Dos modelos
- **Modelo UTXO (Bitcoin, Litecoin)**: una transacción consume **salidas no gastadas** anteriores y crea otras nuevas. Si las entradas superan el pago, el resto va a una **salida de cambio**, normalmente una dirección nueva controlada por el remitente.
- **Modelo de cuentas (Ethereum, TRON)**: las direcciones tienen saldos, como las cuentas bancarias. Las transferencias de tokens, como la stablecoin USDT, se registran mediante **contratos inteligentes**.

### Claves y direcciones
- Una **clave privada** controla los fondos; quien la tenga puede gastarlos.
- Una **dirección** se deriva de la clave pública y se comparte para recibir fondos.
- El software de billetera suele derivar todas las claves de una única **frase semilla** de 12 o 24 palabras.

### Por qué importa
- Seguir los fondos significa seguir **salidas o transferencias de tokens**, no cuentas en el sentido bancario.
- Una persona puede controlar **miles de direcciones**; una sola dirección puede dar servicio a miles de clientes de un exchange.

### Ejemplo
Una víctima pagó 0,5 BTC a un estafador. La transacción del estafador tenía dos salidas: 0,48 BTC a una dirección nueva y 0,02 BTC de vuelta a otra dirección suya. Reconocer cuál de las salidas es el cambio es la primera decisión del rastreo.`,
            },
            {
              title: 'Lectura de transacciones con un explorador de bloques',
              body: `## Lectura de transacciones con un explorador de bloques

Un **explorador de bloques** es un sitio web o una herramienta que muestra los datos de una cadena de bloques. Es el punto de partida de todo rastreo.

### Qué registrar de cada transacción
- **Hash de la transacción (txid)**: el identificador único de la transacción.
- **Altura del bloque y marca de tiempo**: cuándo se confirmó (las horas de bloque son aproximadas y se registran en UTC).
- **Entradas y salidas**: direcciones e importes.
- **Comisiones** y, en las cadenas basadas en cuentas, el **contrato del token** implicado.

### Buenas prácticas
- Registre los importes en la **unidad nativa** (por ejemplo BTC o USDT) y anote por separado el valor en moneda fiduciaria en ese momento, con su fuente.
- Compruebe que se trata de la **cadena correcta**: USDT existe en varias cadenas de bloques (Ethereum, TRON y otras); una transferencia aparentemente idéntica en la cadena equivocada no lleva a ninguna parte.
- Utilice más de un explorador para confirmar los datos importantes.
- Recuerde la **seguridad operacional (opsec)**: consultar una dirección en un explorador público puede ser visible para su operador. Las instituciones suelen utilizar herramientas comerciales de análisis o nodos propios.

### Lista de verificación práctica
1. Txid del pago de la víctima obtenido de su billetera o de su exchange.
2. Cadena, activo e importe confirmados.
3. Cada salto registrado en una tabla de rastreo: txid, hora, origen, destino, importe.
4. Capturas de pantalla o exportaciones preservadas y con hash calculado.

### Ejemplo
Una víctima aportó un comprobante de retiro de un exchange. El txid que figuraba en él llevó a una dirección de TRON que había recibido fondos de otras 37 víctimas en una semana, lo que reveló la magnitud de la estafa.`,
            },
          ],
        },
        {
          title: 'Seguir el dinero',
          lessons: [
            {
              title: 'Heurísticas de agrupamiento y sus límites',
              body: `## Heurísticas de agrupamiento y sus límites

El **agrupamiento (clustering)** reúne direcciones que probablemente controla una misma entidad. Las herramientas de análisis lo hacen a gran escala, pero los investigadores deben entender las reglas, porque los errores se propagan a todas las conclusiones posteriores.

### Principales heurísticas
- **Propiedad común de entradas**: las direcciones que se usan juntas como entradas de una misma transacción suelen estar controladas por la misma billetera, ya que gastar exige cada una de las claves privadas.
- **Detección del cambio**: la salida de cambio suele ser la que tiene un importe no redondo, el mismo tipo de dirección que las entradas o una dirección nunca vista antes.
- **Cadenas de pelado (peel chains)**: a un importe grande se le van "pelando" pequeños pagos sucesivos y el resto pasa cada vez a una nueva dirección de cambio; es un patrón típico del lavado de activos y de las hot wallets de los exchanges.
- **Datos de atribución**: direcciones vinculadas pública o legalmente a un servicio (direcciones de depósito de exchanges, servidores incautados, direcciones públicas de donación).

### Límites
- Las transacciones **CoinJoin** combinan deliberadamente entradas de muchos usuarios y anulan la heurística de propiedad común de entradas.
- Las heurísticas de cambio son **probabilísticas** y el diseño de algunas billeteras puede burlarlas.
- Las herramientas comerciales difieren entre sí; sus agrupamientos son **inteligencia**, no prueba.

### Buenas prácticas
1. Registre qué heurística respalda cada vínculo.
2. Corrobore los vínculos clave con evidencia fuera de la cadena (registros de exchanges, dispositivos incautados).
3. Esté preparado para explicar el método ante un tribunal en términos sencillos.`,
            },
            {
              title: 'Exchanges, proveedores de servicios y requerimientos legales',
              body: `## Exchanges, proveedores de servicios y requerimientos legales

El rastreo suele terminar donde los fondos ingresan en un **proveedor de servicios de activos virtuales (PSAV)**: un exchange, un bróker o una billetera custodiada. Ahí es donde puede encontrarse un nombre.

### Qué puede conservar un exchange
- Documentos de identidad y selfies recabados conforme a las normas de **conozca a su cliente (KYC)**.
- Direcciones IP de inicio de sesión, identificadores de dispositivo y direcciones de correo electrónico.
- Cuentas bancarias y tarjetas vinculadas.
- Historial de depósitos y retiros, incluidas otras direcciones de blockchain.

### Regulación que ayuda
Los estándares del **GAFI** (Recomendaciones 15 y 16) exigen que los PSAV tengan licencia o registro, apliquen la debida diligencia del cliente y envíen con las transferencias la información del ordenante y del beneficiario (la **"regla de viaje"**).

### Cómo formular los requerimientos
- Actúe con rapidez: envíe una **solicitud de preservación y congelamiento** en cuanto vea llegar los fondos. Muchos exchanges grandes atienden los requerimientos policiales a través de portales específicos.
- Identifique la **persona jurídica** y su jurisdicción; la entrega formal de datos suele exigir una orden judicial válida allí o asistencia judicial mutua.
- Sea concreto: direcciones, txid, fechas y el delito.
- Los emisores de stablecoins pueden **congelar tokens** a nivel del contrato; pídalo cuanto antes.

### Lista de verificación
1. Servicio identificado a partir de datos de atribución, con la fuente anotada.
2. Solicitud de preservación o congelamiento enviada y con acuse de recibo.
3. Requerimiento legal formal preparado con los txid y la cronología.
4. Resultados contrastados con los datos de la blockchain para comprobar su coherencia.`,
            },
            {
              title: 'Mezcladores, monedas de privacidad y chain hopping',
              body: `## Mezcladores, monedas de privacidad y chain hopping

Los delincuentes intentan romper el rastro. Conocer sus técnicas ayuda a decidir dónde puede continuar el rastreo y dónde hace falta otra evidencia.

### Técnicas de ofuscación
- **Mezcladores custodiados (mixers)**: un servicio reúne las monedas de los usuarios y, a cambio de una comisión, les paga con monedas distintas. Varios han sido desmantelados por las fuerzas del orden, por ejemplo ChipMixer en 2023, en una operación apoyada por Europol.
- **CoinJoin**: una transacción colaborativa que mezcla entradas de muchos usuarios y salidas de importes iguales.
- **Mezcladores basados en contratos inteligentes** en cadenas compatibles con Ethereum, como Tornado Cash, objeto de sanciones y procesos penales en EE. UU.
- **Monedas de privacidad** como Monero, que ocultan por diseño los importes y las direcciones.
- **Chain hopping** (salto entre cadenas): intercambio entre activos y cadenas de bloques mediante puentes (bridges) y servicios de intercambio instantáneo.

### Opciones de investigación
- **Análisis de tiempos e importes** en torno al mezclador: depósitos y retiros de valor coincidente en plazos cortos.
- Los **servicios de intercambio y los puentes** suelen conservar registros y pueden atender requerimientos legales.
- **Evidencia fuera de la cadena**: dispositivos incautados, registros del software de billetera, mensajes de chat sobre pagos.
- Datos de **servidores de mezcladores incautados** compartidos por socios internacionales.

### Recuerde
El uso de un mezclador no prueba un delito, pero en muchas jurisdicciones, junto con otras pruebas, puede sustentar una imputación por lavado de activos. Deje constancia clara del punto en que el rastro pasa a ser una inferencia.`,
            },
          ],
        },
        {
          title: 'Incautación de activos virtuales',
          lessons: [
            {
              title: 'Incautación de billeteras y claves',
              body: `## Incautación de billeteras y claves

Incautar criptoactivos significa obtener el **control de las claves privadas** y transferir los fondos a una billetera controlada por la institución. Llevarse el dispositivo no basta: cualquiera que tenga una copia de la frase semilla puede vaciar la billetera desde cualquier lugar.

### Dónde se encuentran las claves
- **Billeteras de hardware** (pequeños dispositivos USB o Bluetooth), con su PIN.
- **Frases semilla** en papel, placas metálicas, cuadernos, fotos o gestores de contraseñas.
- **Billeteras de software** en teléfonos y computadoras, y extensiones del navegador.
- Cuentas en **exchanges**, que deben congelarse a través del proveedor.

### Procedimiento de incautación (siga la normativa de su país)
1. Confirme la **habilitación legal** para incautar activos virtuales.
2. Prepare de antemano una **billetera controlada por la institución**, generada en un dispositivo limpio, idealmente con control **multifirma** para que ningún agente pueda mover los fondos por sí solo.
3. Trabaje en parejas y grabe en video y anote cada paso.
4. Transfiera los fondos sin demora y registre cada **txid**; es práctica habitual hacer primero una pequeña transacción de prueba.
5. Documente el importe, su valor en ese momento y la fuente de ese valor.
6. Guarde las claves de la billetera institucional bajo un estricto control dual.

### Nunca
- Teclee la frase semilla de un sospechoso en su dispositivo personal ni en un dispositivo no preparado.
- Deje los fondos en la billetera del sospechoso "para más adelante".

### Ejemplo
Unos agentes encontraron una frase semilla en un cajón de la cocina, pero esperaron un día para preparar una billetera. Para entonces, un cómplice ya había movido todos los fondos. La preparación previa al día del allanamiento es imprescindible.`,
            },
            {
              title: 'Gestión de los activos incautados e informe',
              body: `## Gestión de los activos incautados e informe

Tras la incautación, los activos virtuales deben custodiarse de forma segura, valorarse y, finalmente, devolverse, decomisarse o venderse por orden judicial.

### Custodia
- Las claves de la billetera institucional se guardan bajo **control dual**, con registro de accesos.
- Algunas instituciones recurren a un **custodio** regulado o a la oficina estatal de recuperación de activos; consulte el marco nacional.
- Lleve un **registro** de los activos incautados: causa, activo, importe, dirección, txid y fechas.

### Volatilidad
Los precios pueden variar bruscamente. Los tribunales pueden autorizar la **venta anticipada** (conversión a moneda fiduciaria antes del juicio) para preservar su valor; si su legislación lo permite, prepare la solicitud con antelación.

### Informe de rastreo
Un informe para la fiscalía debe incluir:
- un **diagrama resumen** del flujo de fondos;
- una tabla con cada salto: txid, hora, origen, destino, importe;
- la **heurística o evidencia** que respalda cada atribución;
- los límites del análisis y los supuestos asumidos.

### Restitución a las víctimas
El rastreo suele identificar fondos pertenecientes a muchas víctimas. Registre el txid del pago de cada víctima para poder asignarle los fondos que se restituyan.

### Lista de verificación
1. Registro actualizado tras cada movimiento de fondos incautados.
2. Acceso a las claves registrado y bajo control dual.
3. Método de valoración documentado.
4. Informe de rastreo revisado por un segundo analista.`,
            },
          ],
        },
      ],
      questions: [
        {
          prompt:
            'Las transacciones de Bitcoin son anónimas: una vez que los fondos salen de la víctima, nadie puede ver adónde fueron.',
          options: ['Verdadero', 'Falso'],
        },
        {
          prompt:
            '¿Qué heurística supone que las direcciones usadas juntas como entradas de una misma transacción pertenecen a la misma entidad?',
          options: [
            'Cadena de pelado (peel chain)',
            'Propiedad común de entradas',
            'Regla de viaje',
            'Heurística del importe redondo',
          ],
        },
        {
          prompt: '¿Qué anula de forma más directa la heurística de propiedad común de entradas?',
          options: [
            'Las hot wallets de los exchanges',
            'Las transacciones CoinJoin',
            'Las comisiones de transacción elevadas',
            'Los exploradores de bloques',
          ],
        },
        {
          prompt:
            '¿Qué información puede conservar un exchange que ayude a identificar a un sospechoso? (Seleccione todas las que correspondan).',
          options: [
            'Documentos de identidad KYC',
            'Direcciones IP de inicio de sesión',
            'Cuentas bancarias vinculadas',
            'Las claves privadas de la billetera de hardware en autocustodia del sospechoso',
          ],
        },
        {
          prompt: 'Durante un allanamiento encuentra una frase semilla. ¿Qué asegura realmente los fondos?',
          options: [
            'Incautar el papel en el que está escrita la frase',
            'Transferir los fondos a una billetera institucional preparada de antemano y registrar el txid',
            'Fotografiar la frase y devolvérsela al sospechoso',
            'Teclear la frase en su propio teléfono para consultar el saldo',
          ],
        },
        {
          prompt:
            '¿Qué técnicas utilizan los delincuentes para ocultar el rastro de los fondos? (Seleccione todas las que correspondan).',
          options: [
            'Mezcladores',
            'Chain hopping mediante servicios de intercambio',
            'Monedas de privacidad como Monero',
            'Publicar el txid en redes sociales',
          ],
        },
        {
          prompt:
            'Los agrupamientos generados por herramientas comerciales de análisis de blockchain deben tratarse como inteligencia y corroborarse con otras pruebas.',
          options: ['Verdadero', 'Falso'],
        },
        {
          prompt: '¿Qué es la "regla de viaje" del GAFI?',
          options: [
            'Una norma que limita los cajeros de criptoactivos en los aeropuertos',
            'La obligación de los PSAV de enviar con las transferencias la información del ordenante y del beneficiario',
            'Una prohibición de las transferencias transfronterizas de criptoactivos',
            'Una norma según la cual los fondos incautados deben pasar por el banco central',
          ],
        },
        {
          prompt: '¿Por qué es importante comprobar la cadena de bloques al rastrear USDT?',
          options: [
            'USDT existe en varias cadenas de bloques, como Ethereum y TRON',
            'USDT solo existe en Bitcoin',
            'Las transacciones de USDT no se registran en ninguna cadena de bloques',
            'Las direcciones de USDT son las mismas en todas las cadenas',
          ],
        },
        {
          prompt:
            '¿Qué prácticas forman parte de una incautación correcta de billeteras? (Seleccione todas las que correspondan).',
          options: [
            'Preparar de antemano una billetera institucional multifirma',
            'Trabajar en parejas y grabar cada paso',
            'Dejar los fondos donde están hasta el juicio',
            'Registrar el txid de cada transferencia',
          ],
        },
      ],
    },
    'MT-201': {
      title: 'Triaje de malware para investigadores',
      summary:
        'Un primer análisis seguro y estructurado de archivos sospechosos para que los investigadores entiendan qué hace el malware, extraigan indicadores de compromiso y los compartan con sus contrapartes. Abarca el análisis estático y dinámico, los sandboxes, los IOC y el intercambio mediante MISP y STIX.',
    },
    'EE-201': {
      title: 'Prueba electrónica y asistencia judicial mutua',
      summary:
        'Cómo obtener de forma rápida y lícita pruebas electrónicas que se encuentran en otro país. Abarca el Convenio de Budapest, la conservación rápida prevista en el artículo 29, la Red 24/7, la redacción de solicitudes de asistencia judicial mutua, la cooperación directa con proveedores de servicios y las normas de la UE sobre prueba electrónica (e-Evidence).',
    },
    'CS-101': {
      title: 'Sensibilización sobre la investigación de material de abuso sexual infantil',
      summary:
        'Introducción profesional para agentes que pueden encontrarse con material de abuso sexual infantil en su trabajo. Abarca el enfoque centrado en la víctima, el manejo lícito y la prohibición de redistribuirlo, los conjuntos de hashes y las bases de datos internacionales, y la protección del bienestar del agente. No contiene material explícito.',
    },
    'RR-201': {
      title: 'Respuesta policial ante ransomware',
      summary:
        'Cómo responde la policía a un ataque de ransomware junto a la víctima, su equipo de respuesta a incidentes y el CERT nacional. Abarca la contención y la evidencia, la posición policial sobre la negociación y el pago del rescate, la atribución de grupos de ransomware y el descifrado gratuito a través de No More Ransom.',
    },
    'MF-201': {
      title: 'Análisis forense de dispositivos móviles',
      summary:
        'Preservación, adquisición y análisis de evidencia de teléfonos inteligentes. Abarca los estados del dispositivo y su aislamiento, los métodos de adquisición desde la lógica hasta el chip-off, las particularidades de iOS y Android, y el análisis y la validación de bases de datos de aplicaciones y datos de ubicación.',
    },
    'DW-301': {
      title: 'Investigaciones en la dark web',
      summary:
        'Investigación avanzada de mercados y foros delictivos en redes de anonimato. Abarca el funcionamiento de los servicios onion de Tor, el ecosistema de mercados, la obtención lícita de información y la actuación encubierta, la desanonimización a partir de fallos de seguridad operacional y las operaciones coordinadas de desmantelamiento.',
    },
  },
  programmes: {
    'Certified Digital Evidence First Responder': {
      name: 'Primer interviniente certificado en evidencia digital',
      description:
        'Asegura el lugar de un ciberdelito, incauta y preserva la evidencia digital y mantiene una cadena de custodia que el tribunal admite.',
    },
    'Alliance Cybercrime Investigator': {
      name: 'Investigador de ciberdelitos de la Alianza',
      description:
        'Dirige una investigación que abarca fuentes abiertas, flujos de criptoactivos, malware y solicitudes transfronterizas de prueba.',
    },
  },
};
